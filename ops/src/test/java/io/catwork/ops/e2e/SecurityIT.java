package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityIT extends IntegrationTest {

    @Test
    void protectedEndpointsNeedAValidBearerToken() {
        assertProblem(api.get("/api/orders").send(), 401);
        assertProblem(api.get("/api/me").bearer("not-a-token").send(), 401);
        Fixtures.Account client = given.client();
        String forged = client.token().substring(0, client.token().lastIndexOf('.') + 1) + "AAAA";
        assertProblem(api.get("/api/me").bearer(forged).send(), 401);
        assertThat(api.get("/api/orders").send().header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void basicAuthenticationOnlyIssuesTokens() {
        Fixtures.Account client = given.client();
        assertProblem(api.post("/api/auth/token").basic(client.email(), "wrong-password").send(), 401);
        assertProblem(api.post("/api/auth/token").basic("nobody@example.com", "whatever-1").send(), 401);
        assertProblem(api.get("/api/me").basic(client.email(), client.password()).send(), 401);
        Api.Response token = api.post("/api/auth/token").basic(client.email().toUpperCase(), client.password()).send();
        assertThat(token.status()).as("emails ignore case").isEqualTo(200);
        assertThat(token.json().get("expiresAt").asText()).isNotBlank();
    }

    @Test
    void rolesAreEnforced() {
        Fixtures.Account client = given.client();
        Map<String, Object> serviceType = Map.of("name", Fixtures.unique("Nope"), "durationMinutes", 30);
        assertProblem(api.post("/api/service-types").bearer(client.token()).json(serviceType).send(), 403);
        assertProblem(api.post("/api/staff").bearer(client.token()).json(Map.of("name", "x",
                "email", Fixtures.unique("x") + "@catwork.test", "password", "password-1", "role", "MANAGER"))
                .send(), 403);
        assertProblem(api.get("/actuator/prometheus").bearer(client.token()).send(), 403);
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        assertProblem(api.post("/api/orders").bearer(assembler.token())
                .json(given.orderRequest(given.serviceType(), given.inHours(3))).send(), 403);
        String order = given.order(client, given.serviceType());
        assertProblem(api.get("/api/orders/" + order + "/history").bearer(client.token()).send(), 403);
        assertProblem(api.get("/api/orders/" + order + "?asOf=2030-01-01T00:00:00Z").bearer(client.token())
                .send(), 403);
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() {
        Fixtures.Account client = given.client();
        long events = eventCount();
        Api.Response again = api.post("/api/clients").json(given.clientSignUp(client.email().toUpperCase())).send();
        assertProblem(again, 409);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void passwordsNeverReachTheEventStore() {
        Fixtures.Account client = given.client();
        String payloads = jdbc.queryForObject(
                "select string_agg(convert_from(payload, 'UTF8'), ' ') from domain_event_entry "
                        + "where aggregate_identifier = ?", String.class, client.id());
        assertThat(payloads).contains(client.email()).doesNotContain(client.password()).doesNotContain("$2a$");
        String hash = jdbc.queryForObject("select password_hash from account_credentials where account_id = ?::uuid",
                String.class, client.id());
        assertThat(hash).startsWith("$2a$").doesNotContain(client.password());
    }

    /**
     * Deny by default: every endpoint is declared by its module with who may call it; a request that reaches none (an
     * unknown path, a method nobody declared, HEAD or OPTIONS) is a 403 for anyone, signed in or not.
     */
    @Test
    void endpointsNobodyDeclaredAreForbiddenForEveryMethod() {
        String manager = given.managerToken();
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String token : java.util.Arrays.asList(null, manager)) {
                Api.Call call = api.call(method, "/api/no-such-thing");
                Api.Response response = (token == null ? call : call.bearer(token)).send();
                assertThat(response.status()).as(method + " /api/no-such-thing, token " + (token != null))
                        .isEqualTo(403);
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                assertThat(api.call(method, "/api/me").bearer(manager).send().status())
                        .as(method + " /api/me (only GET is declared)").isEqualTo(403);
            }
        }
        assertThat(api.call("OPTIONS", "/api/orders").bearer(manager).send().status()).isEqualTo(403);
        assertThat(api.get("/api/no-such-thing").bearer("not-a-token").send().status())
                .as("an invalid token changes nothing").isEqualTo(403);
        for (String method : List.of("GET", "PUT", "OPTIONS")) {
            assertThat(api.call(method, "/api/auth/token").basic(IntegrationTest.ADMIN_EMAIL,
                    IntegrationTest.ADMIN_PASSWORD).send().status()).as(method + " /api/auth/token").isEqualTo(403);
        }
        assertThat(api.call("DELETE", "/api/orders/" + UUID.randomUUID()).bearer(manager).send().status())
                .isEqualTo(403);
    }

    /** HEAD is served by GET, so it carries GET's roles: a client's HEAD of an order's history is refused too. */
    @Test
    void headCarriesTheRolesOfGet() {
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        assertThat(api.get("/api/orders/" + orderId + "/history").bearer(client.token()).send().status())
                .isEqualTo(403);
        assertThat(api.call("HEAD", "/api/orders/" + orderId + "/history").bearer(client.token()).send().status())
                .isEqualTo(403);
        assertThat(api.get("/api/orders/" + orderId + "/%68istory").bearer(client.token()).send().status())
                .as("an encoded path has the roles of the path it is served by").isEqualTo(403);
        assertThat(api.get("/api/orders/" + orderId + "/./history").bearer(client.token()).send().status())
                .isIn(400, 403);
        assertThat(api.call("HEAD", "/api/orders/" + orderId).bearer(client.token()).send().status())
                .isEqualTo(200);
        assertThat(api.call("HEAD", "/api/orders/" + orderId + "/history").bearer(given.managerToken()).send()
                .status()).isEqualTo(200);
        assertThat(api.call("HEAD", "/api/me").send().status()).as("declared, needs an account").isEqualTo(401);
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).startsWith("https://catwork.io/problems/");
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.catwork");
    }
}
