package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.LoopbackHttp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/**
 * The front door: no encoding, dot or second header line gets round a limit, no input ends in a 500, and logins and
 * sign-ups are throttled before a password is hashed. Paths and headers that must reach the server unaltered go over a
 * raw socket ({@link LoopbackHttp}).
 */
class FrontDoorIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ServerProperties server;

    private static String application() {
        try {
            return JSON.writeValueAsString(Map.of("name", "Flood", "email", Fixtures.unique("door") + "@example.com",
                    "phone", "+7 900 000-00-00", "characteristics", Map.of("breed", "Sphynx", "color", "pink",
                            "sex", "M", "birthDate", LocalDate.now().minusYears(2).toString())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LoopbackHttp.Response apply(String path, List<String> headerLines, String body) {
        return LoopbackHttp.post("127.0.0.1", port, path, headerLines, body);
    }

    @Test
    void encodedAndDottedPathsAreLimitedLikeThePlainOne() {
        String client = Api.asClient();
        List<String> from = List.of("X-Forwarded-For: " + client);
        for (int i = 0; i < 5; i++) {
            assertThat(apply("/api/applications", from, application()).status()).isEqualTo(201);
        }
        for (String path : List.of("/api/%61pplications", "/api/./applications", "/api/x/../applications",
                "/api/applications;x=1")) {
            assertThat(apply(path, from, application()).status()).as(path).isIn(429, 400);
        }
        assertThat(apply("/api/%61pplications", from, application()).status()).isEqualTo(429);
        String another = Api.asClient();
        assertThat(apply("/api/%61pplications", List.of("X-Forwarded-For: " + another), "{\"x\": \""
                + "y".repeat(20_000) + "\"}").status()).as("the size guard holds for the encoded path too")
                .isEqualTo(413);
    }

    @Test
    void everyForwardedForLineIsReadRightToLeft() {
        String client = Api.asClient();
        for (int i = 0; i < 5; i++) {
            assertThat(apply("/api/applications", List.of("X-Forwarded-For: " + client), application()).status())
                    .isEqualTo(201);
        }
        LoopbackHttp.Response twoLines = apply("/api/applications",
                List.of("X-Forwarded-For: " + Api.asClient(), "X-Forwarded-For: " + client), application());
        assertThat(twoLines.status()).as("the right-most address is on the second line").isEqualTo(429);
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);
    }

    @Test
    void passwordsAreBoundedInBytesNotCharacters() {
        String cyrillic42 = "пароль".repeat(7);
        assertThat(cyrillic42).hasSize(42);
        Map<String, Object> signUp = new HashMap<>(given.clientSignUp(Fixtures.unique("ru") + "@example.com"));
        signUp.put("password", cyrillic42);
        Api.Response refused = api.post("/api/clients").json(signUp).send();
        assertProblem(refused, 400);
        assertThat(BadInputIT.fields(refused.json())).containsExactly("password");
        signUp.put("password", "пароль".repeat(6));
        assertThat(api.post("/api/clients").json(signUp).send().status()).as("72 bytes are fine").isEqualTo(201);
        assertProblem(api.post("/api/auth/password").json(Map.of("activationToken", "x", "password", cyrillic42))
                .send(), 400);
    }

    @Test
    void pagesBeyondTheCapAreA400() {
        Fixtures.Account client = given.client();
        Api.Response refused = api.get("/api/orders?page=2147483647&size=50").bearer(client.token()).send();
        assertProblem(refused, 400);
        assertThat(BadInputIT.fields(refused.json())).containsExactly("page");
        assertProblem(api.get("/api/admin/notifications?page=2147483647").bearer(given.managerToken()).send(), 400);
    }

    @Test
    void failedLoginsAreLimitedPerEmailOnly() {
        Fixtures.Account victim = given.client();
        Fixtures.Account bystander = given.client();
        for (int i = 0; i < 10; i++) {
            assertProblem(api.post("/api/auth/token").basic(victim.email(), "wrong-" + i).send(), 401);
        }
        Api.Response refused = api.post("/api/auth/token").basic(victim.email(), "wrong-again").send();
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(api.post("/api/auth/token").basic(victim.email(), victim.password()).send().status())
                .as("strictly: even the right password waits").isEqualTo(429);
        assertThat(api.post("/api/auth/token").basic(bystander.email(), bystander.password()).send().status())
                .as("someone else's failures never slow another email").isEqualTo(200);
    }

    /** Guesses that arrive all at once, or with the email padded, are counted like any other. */
    @Test
    void failedLoginsAreCountedStrictlyEvenAtOnceOrPadded() throws Exception {
        Fixtures.Account victim = given.client();
        java.util.concurrent.ExecutorService guessers = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(20);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int guess = i;
                answers.add(guessers.submit(() -> {
                    together.await();
                    return api.post("/api/auth/token").basic(victim.email(), "guess-" + guess).send().status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(10);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(10);
        } finally {
            guessers.shutdownNow();
        }
        Fixtures.Account other = given.client();
        String padded = other.email() + " ".repeat(2100);
        for (int i = 0; i < 10; i++) {
            assertProblem(api.post("/api/auth/token").basic(padded, "guess-" + i).send(), 401);
        }
        assertProblem(api.post("/api/auth/token").basic(other.email().toUpperCase(), other.password()).send(), 429);
    }

    @Test
    void aMultipartOrFormBodyGetsNoWayRoundTheLimits() {
        String boundary = "Content-Type: multipart/form-data; boundary=x";
        LoopbackHttp.Response big = LoopbackHttp.raw(port, List.of("POST /api/integrations/supplier/events HTTP/1.1",
                "Host: 127.0.0.1", boundary, "Content-Length: 20000", "Connection: close"), "x".repeat(20_000)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(big.status()).as("the webhook's 4 KiB hold for multipart too").isEqualTo(413);
        LoopbackHttp.Response chunked = LoopbackHttp.raw(port, List.of(
                "POST /api/integrations/supplier/events HTTP/1.1", "Host: 127.0.0.1", boundary,
                "Transfer-Encoding: chunked", "Connection: close"),
                LoopbackHttp.chunked("x".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 10));
        assertThat(chunked.status()).isEqualTo(411);

        String manager = given.managerToken();
        String serviceType = given.serviceType();
        for (String contentType : List.of("application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded; charset=\"", "application/json; charset=nonsense")) {
            Api.Response answer = api.put("/api/service-types/" + serviceType).bearer(manager)
                    .json("name=x&durationMinutes=10").header("Content-Type", contentType).send();
            assertThat(answer.status()).as(contentType).isBetween(400, 499);
        }
    }

    /**
     * The buckets refill evenly (a login a second, a sign-up every three seconds), so what gets through is the limit
     * plus what refilled while the test ran, never more.
     */
    @Test
    void loginsAndSignUpsArePerAddress() {
        Api office = new Api("http://127.0.0.1:" + port);
        String address = Api.asClient();
        long started = System.nanoTime();
        List<Integer> logins = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            logins.add(office.post("/api/auth/token").from(address).send().status());
        }
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + 1;
        assertThat(logins).containsOnly(401, 429);
        assertThat(logins.subList(0, 60)).containsOnly(401);
        assertThat(logins.stream().filter(status -> status == 401).count()).isBetween(60L, 60 + seconds);
        started = System.nanoTime();
        List<Integer> signUps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            signUps.add(office.post("/api/clients").from(address).json(Map.of()).send().status());
        }
        seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + 1;
        assertThat(signUps).containsOnly(400, 429);
        assertThat(signUps.subList(0, 20)).containsOnly(400);
        assertThat(signUps.stream().filter(status -> status == 400).count()).isBetween(20L, 20 + seconds / 3 + 1);
        assertThat(office.post("/api/auth/token").from(Api.asClient()).send().status())
                .as("another address").isEqualTo(401);
    }

    /** An activation token used twice at the same moment: one use wins, the other is refused. */
    @Test
    void anActivationTokenWorksOnceEvenTwiceAtTheSameMoment() throws Exception {
        Fixtures.Worker worker = given.worker();
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\"activationToken\": \"([^\"]+)\"");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                io.catwork.ops.testing.TestSmtp.messagesTo(worker.email()).stream()
                        .anyMatch(mail -> pattern.matcher(io.catwork.ops.testing.TestSmtp.body(mail)).find()));
        String token = io.catwork.ops.testing.TestSmtp.messagesTo(worker.email()).stream()
                .map(mail -> pattern.matcher(io.catwork.ops.testing.TestSmtp.body(mail)))
                .filter(java.util.regex.Matcher::find).map(matcher -> matcher.group(1)).findFirst().orElseThrow();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService users = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
            // the password every test sets: matching may assign this worker to another test's order later
            for (String password : List.of("worker-secret-1", "worker-secret-1")) {
                statuses.add(users.submit(() -> {
                    together.await();
                    return api.post("/api/auth/password").json(Map.of("activationToken", token,
                            "password", password)).send().status();
                }));
            }
            List<Integer> answers = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            assertThat(answers).containsExactlyInAnyOrder(204, 400);
        } finally {
            users.shutdownNow();
        }
    }

    @Test
    void bodiesAreBoundedBeforeTheyAreRead() {
        Map<String, Object> signUp = new HashMap<>(given.clientSignUp(Fixtures.unique("big") + "@example.com"));
        signUp.put("name", "x".repeat(20_000));
        assertProblem(api.post("/api/clients").json(signUp).send(), 413);

        String big = "{\"eventId\": \"" + "e".repeat(5_000) + "\"}";
        assertProblem(api.post("/api/integrations/supplier/events").json(big).send(), 413);
        LoopbackHttp.Response chunkedWebhook = LoopbackHttp.raw(port, List.of(
                "POST /api/integrations/supplier/events HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json",
                "Transfer-Encoding: chunked", "Connection: close"),
                LoopbackHttp.chunked("{\"eventId\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 4));
        assertThat(chunkedWebhook.status()).as("a webhook must state its length").isEqualTo(411);

        LoopbackHttp.Response chunkedSignUp = LoopbackHttp.raw(port, List.of(
                "POST /api/clients HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json",
                "X-Forwarded-For: " + Api.asClient(), "Transfer-Encoding: chunked", "Connection: close"),
                LoopbackHttp.chunked(("{\"name\": \"" + "x".repeat(40_000) + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), 1024));
        assertThat(chunkedSignUp.status()).as("cut off at 16 KiB").isEqualTo(413);

        Fixtures.Account client = given.client();
        Map<String, Object> order = new HashMap<>(given.orderRequest(given.serviceType(), given.inHours(3)));
        order.put("description", "x".repeat(1_100_000));
        assertProblem(api.post("/api/orders").bearer(client.token()).json(order).send(), 413);
    }

    /**
     * A worker's activation token is issued when its email is sent, never kept in the outbox; a resend carries a fresh
     * token, and only the newest works.
     */
    @Test
    void theActivationTokenIsNeverKeptInTheOutboxAndAResendCarriesAFreshOne() {
        Fixtures.Worker worker = given.worker();
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\"activationToken\": \"([^\"]+)\"");
        java.util.function.Supplier<List<String>> tokens = () -> io.catwork.ops.testing.TestSmtp
                .messagesTo(worker.email()).stream()
                .map(mail -> pattern.matcher(io.catwork.ops.testing.TestSmtp.body(mail)))
                .filter(java.util.regex.Matcher::find).map(matcher -> matcher.group(1)).toList();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> tokens.get().size() == 1);
        String first = tokens.get().get(0);
        Map<String, Object> row = jdbc.queryForMap("select id, body from notification_outbox "
                + "where template = 'worker-activation' and recipient = ?", worker.email());
        assertThat((String) row.get("body")).doesNotContain(first).contains("{{one-time-secret}}");

        assertThat(api.post("/api/admin/notifications/" + row.get("id") + "/resend").bearer(given.managerToken())
                .send().status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> tokens.get().size() == 2);
        String second = tokens.get().stream().filter(token -> !token.equals(first)).findFirst().orElseThrow();
        assertProblem(api.post("/api/auth/password").json(Map.of("activationToken", first,
                "password", "worker-secret-1")).send(), 400);
        assertThat(api.post("/api/auth/password").json(Map.of("activationToken", second,
                "password", "worker-secret-1")).send().status()).isEqualTo(204);

        assertThat(api.post("/api/admin/notifications/" + row.get("id") + "/resend").bearer(given.managerToken())
                .send().status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "FAILED".equals(
                jdbc.queryForObject("select status from notification_outbox where id = ?", String.class,
                        row.get("id"))));
        assertThat(tokens.get()).as("an activated worker gets no new token").hasSize(2);
    }
}
