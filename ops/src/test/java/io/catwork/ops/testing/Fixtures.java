package io.catwork.ops.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Test data made through the public API, unique per call so tests never collide. */
public final class Fixtures {
    private final Api api;

    private String managerToken;

    public Fixtures(Api api) {
        this.api = api;
    }

    public record Account(String id, String email, String password, String token) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Duration projectionWait() {
        return Duration.ofSeconds(15);
    }

    /** The first manager's token, logged in once per test (tokens live for hours). */
    public String managerToken() {
        if (managerToken == null) {
            managerToken = api.token(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
        }
        return managerToken;
    }

    public Map<String, Object> clientSignUp(String email) {
        return Map.of("name", "Murka", "email", email, "password", "murka-secret-1", "phone", "+7 900 123-45-67",
                "address", "Roof 7, Cat Street");
    }

    public Account client() {
        String email = unique("client") + "@example.com";
        Api.Response created = api.post("/api/clients").json(clientSignUp(email)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        return new Account(id, email, "murka-secret-1", api.token(email, "murka-secret-1"));
    }

    public Account staff(String role) {
        String email = unique(role.toLowerCase()) + "@catwork.test";
        Api.Response created = api.post("/api/staff").bearer(managerToken())
                .json(Map.of("name", "Staff " + role, "email", email, "password", "staff-secret-1", "role", role))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Account(created.json().get("id").asText(), email, "staff-secret-1",
                api.token(email, "staff-secret-1"));
    }

    /** A hired worker (an open application hired at once): its id and code. */
    public record Worker(String id, String code, String email) {
    }

    public Worker worker() {
        String email = unique("worker") + "@example.com";
        Api.Response submitted = api.post("/api/applications").from(Api.asClient()).json(Map.of("name", "Vaska",
                "email", email, "phone", "+7 900 222-33-44", "characteristics", Map.of("breed", "Siamese",
                        "color", "cream", "sex", "M", "birthDate", "2022-01-15"))).send();
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        Api.Response hired = api.post("/api/applications/" + submitted.json().get("id").asText() + "/hire")
                .bearer(managerToken()).json(Map.of("payoutAccount", "GH-" + email)).send();
        assertThat(hired.status()).as(hired.toString()).isEqualTo(200);
        return new Worker(hired.json().get("workerId").asText(), hired.json().get("workerCode").asText(), email);
    }

    /**
     * A bearer token of any worker hired in this test run: its password is set through its activation email (read
     * from the test SMTP server) to {@code worker-secret-1}, unless that was done before.
     */
    public String workerToken(String workerId) {
        java.util.function.Supplier<java.util.Optional<String>> pooled = () -> java.util.stream.StreamSupport
                .stream(api.get("/api/workers").bearer(managerToken()).send().json().spliterator(), false)
                .filter(worker -> worker.get("id").asText().equals(workerId))
                .map(worker -> worker.get("email").asText())
                .findFirst();
        await().atMost(projectionWait()).until(() -> pooled.get().isPresent());
        String email = pooled.get().orElseThrow();
        Api.Response login = api.post("/api/auth/token").basic(email, "worker-secret-1").send();
        if (login.status() == 200) {
            return login.json().get("token").asText(); // activated before, by this or another test
        }
        java.util.regex.Pattern token = java.util.regex.Pattern.compile("\"activationToken\": \"([^\"]+)\"");
        java.util.function.BooleanSupplier mailed = () -> TestSmtp.messagesTo(email).stream()
                .anyMatch(mail -> token.matcher(TestSmtp.body(mail)).find());
        try {
            await().atMost(Duration.ofSeconds(10)).until(mailed::getAsBoolean);
        } catch (org.awaitility.core.ConditionTimeoutException lost) {
            // the test SMTP server was restarted since (a test of the mail server being down): resend the email
            resendActivation(email);
            await().atMost(Duration.ofSeconds(30)).until(mailed::getAsBoolean);
        }
        for (jakarta.mail.internet.MimeMessage mail : TestSmtp.messagesTo(email)) {
            java.util.regex.Matcher found = token.matcher(TestSmtp.body(mail));
            if (found.find()) {
                api.post("/api/auth/password").json(Map.of("activationToken", found.group(1),
                        "password", "worker-secret-1")).send();
            }
        }
        return api.token(email, "worker-secret-1");
    }

    /** Resends a worker's activation email (a resend carries a fresh token), found in the managers' email list. */
    private void resendActivation(String email) {
        for (int page = 0; page < 50; page++) {
            com.fasterxml.jackson.databind.JsonNode emails = api.get("/api/admin/notifications?size=200&page=" + page)
                    .bearer(managerToken()).send().json();
            if (emails.isEmpty()) {
                break;
            }
            for (com.fasterxml.jackson.databind.JsonNode sent : emails) {
                if (sent.get("to").asText().equalsIgnoreCase(email)
                        && "worker-activation".equals(sent.get("template").asText())) {
                    assertThat(api.post("/api/admin/notifications/" + sent.get("id").asText() + "/resend")
                            .bearer(managerToken()).send().status()).isEqualTo(202);
                    return;
                }
            }
        }
        throw new AssertionError("no activation email of " + email + " to resend");
    }

    /** A tiny valid PNG (its signature is what counts). */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** An active service type, visible on the command side at once. */
    public String serviceType() {
        return serviceType(60);
    }

    /** An active service type taking {@code minutes}. */
    public String serviceType(int minutes) {
        Api.Response created = api.post("/api/service-types").bearer(managerToken())
                .json(Map.of("name", unique("Grooming"), "description", "a full brush", "durationMinutes", minutes))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    public Map<String, Object> orderRequest(String serviceTypeId, Instant scheduledAt) {
        return Map.of("serviceTypeId", serviceTypeId, "scheduledAt", scheduledAt.toString(),
                "address", "Roof 7, Cat Street", "description", "brush the long-haired one");
    }

    public Instant inHours(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Places an order three hours ahead and waits until the client can read it. */
    public String order(Account client, String serviceTypeId) {
        Api.Response placed = api.post("/api/orders").bearer(client.token())
                .json(orderRequest(serviceTypeId, inHours(3))).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.json().get("id").asText();
        await().atMost(projectionWait())
                .until(() -> api.get("/api/orders/" + id).bearer(client.token()).send().status() == 200);
        return id;
    }

    /** An order assigned to a worker: its id, its worker and its client. */
    public record AssignedOrder(String orderId, String workerId, Account client) {
    }

    /**
     * An order of a new client starting at {@code start}, its kit made ready by a new assembler, assigned to a worker
     * of the pool (hired here, so the pool is never empty).
     */
    public AssignedOrder assignedOrder(Instant start) {
        return assignedOrder(start, 60);
    }

    /** As {@link #assignedOrder(Instant)}, for a service of {@code minutes}. */
    public AssignedOrder assignedOrder(Instant start, int minutes) {
        worker();
        Account assembler = staff("ASSEMBLER");
        Account client = client();
        Api.Response placed = api.post("/api/orders").bearer(client.token())
                .json(orderRequest(serviceType(minutes), start)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        java.util.function.Supplier<String> kit = () -> java.util.stream.StreamSupport.stream(api.get(
                        "/api/supply-kits").bearer(assembler.token()).send().json().spliterator(), false)
                .filter(candidate -> candidate.get("orderId").asText().equals(orderId))
                .map(candidate -> candidate.get("id").asText()).findFirst().orElse(null);
        await().atMost(Duration.ofSeconds(45)).until(() -> kit.get() != null);
        // the kit may be listed a moment before its cookie order is recorded (a 409 until then)
        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/supply-kits/" + kit.get()
                + "/cookie-received").bearer(assembler.token()).send().status() == 200);
        assertThat(api.post("/api/supply-kits/" + kit.get() + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(45)).until(() -> "ASSIGNED".equals(api.get("/api/orders/" + orderId)
                .bearer(client.token()).send().json().path("status").asText()));
        return new AssignedOrder(orderId, api.get("/api/orders/" + orderId).bearer(client.token()).send().json()
                .get("workerId").asText(), client);
    }
}
