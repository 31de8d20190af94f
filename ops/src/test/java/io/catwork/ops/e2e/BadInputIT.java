package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem-details answer and changes nothing. */
class BadInputIT extends IntegrationTest {

    private long credentialCount() {
        return jdbc.queryForObject("select count(*) from account_credentials", Long.class);
    }

    @Test
    void malformedJsonIsRefused() {
        Fixtures.Account client = given.client();
        long events = eventCount();
        Api.Response response = api.post("/api/orders").bearer(client.token()).json("{\"serviceTypeId\": ").send();
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asText()).contains("not valid JSON");
        assertProblem(api.post("/api/clients").json("[1, 2").send(), 400);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void missingAndInvalidSignUpFieldsAreListed() {
        long events = eventCount();
        long credentials = credentialCount();
        Api.Response response = api.post("/api/clients")
                .json(Map.of("name", " ", "email", "not-an-email", "password", "short", "phone", "call me")).send();
        assertProblem(response, 400);
        assertThat(fields(response.json())).contains("name", "email", "password", "phone", "address");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(credentialCount()).isEqualTo(credentials);
    }

    @Test
    void invalidOrdersAreRefusedWithTheFieldNamed() {
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();
        long events = eventCount();

        Api.Response missing = api.post("/api/orders").bearer(client.token()).json(Map.of()).send();
        assertProblem(missing, 400);
        assertThat(fields(missing.json())).contains("serviceTypeId", "scheduledAt", "address", "description");

        Map<String, Object> badTime = new HashMap<>(given.orderRequest(serviceType, given.inHours(3)));
        badTime.put("scheduledAt", "tomorrow at noon");
        Api.Response wrongFormat = api.post("/api/orders").bearer(client.token()).json(badTime).send();
        assertProblem(wrongFormat, 400);
        assertThat(fields(wrongFormat.json())).containsExactly("scheduledAt");

        Api.Response tooSoon = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, java.time.Instant.now().plusSeconds(2))).send();
        assertProblem(tooSoon, 400);
        assertThat(fields(tooSoon.json())).containsExactly("scheduledAt");

        Api.Response unknownType = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(UUID.randomUUID().toString(), given.inHours(3))).send();
        assertProblem(unknownType, 400);
        assertThat(fields(unknownType.json())).containsExactly("serviceTypeId");

        assertProblem(api.get("/api/orders?status=SLEEPING").bearer(client.token()).send(), 400);
        assertProblem(api.get("/api/orders?size=1000").bearer(client.token()).send(), 400);
        assertProblem(api.get("/api/orders/not-a-uuid").bearer(client.token()).send(), 400);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void invalidServiceTypesAndStaffAreRefused() {
        String manager = given.managerToken();
        long events = eventCount();
        Api.Response serviceType = api.post("/api/service-types").bearer(manager)
                .json(Map.of("name", "", "durationMinutes", -5)).send();
        assertProblem(serviceType, 400);
        assertThat(fields(serviceType.json())).contains("name", "durationMinutes");
        Api.Response staff = api.post("/api/staff").bearer(manager)
                .json(Map.of("name", "Vaska", "email", Fixtures.unique("v") + "@catwork.test",
                        "password", "password-1", "role", "CLIENT")).send();
        assertProblem(staff, 400);
        assertThat(fields(staff.json())).containsExactly("role");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void unknownThingsAreNotFound() {
        String manager = given.managerToken();
        String unknown = UUID.randomUUID().toString();
        assertProblem(api.get("/api/orders/" + unknown).bearer(manager).send(), 404);
        assertProblem(api.get("/api/orders/" + unknown + "/history").bearer(manager).send(), 404);
        assertProblem(api.post("/api/orders/" + unknown + "/cancel").bearer(manager).json("{}").send(), 404);
        assertProblem(api.put("/api/service-types/" + unknown).bearer(manager)
                .json(Map.of("name", "Ghost", "durationMinutes", 10, "active", true)).send(), 404);
        assertProblem(api.get("/api/no-such-thing").bearer(manager).send(), 404);
    }

    static java.util.List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
    }
}
