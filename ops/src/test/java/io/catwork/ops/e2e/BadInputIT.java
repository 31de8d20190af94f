package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The far-future order that once stalled every processor (a timestamp PostgreSQL cannot store) is a 400 naming
     * {@code scheduledAt}, as are a start beyond the maximum lead time and a time given as epoch seconds.
     */
    @Test
    void ordersFurtherAheadThanTheMaximumLeadTimeAreRefused() {
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();
        long events = eventCount();
        for (Object scheduledAt : List.of("+300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z",
                Instant.now().plus(Duration.ofDays(366)).toString(),
                Instant.now().plus(Duration.ofDays(1)).getEpochSecond(),
                "2027-01-01T10:00:00")) {
            Map<String, Object> body = new HashMap<>(given.orderRequest(serviceType, given.inHours(3)));
            body.put("scheduledAt", scheduledAt);
            Api.Response refused = api.post("/api/orders").bearer(client.token()).json(body).send();
            assertProblem(refused, 400);
            assertThat(fields(refused.json())).as("scheduledAt " + scheduledAt).containsExactly("scheduledAt");
        }
        assertThat(eventCount()).isEqualTo(events);
        Api.Response farButFine = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, Instant.now().plus(Duration.ofDays(364)))).send();
        assertThat(farButFine.status()).as(farButFine.toString()).isEqualTo(201);
    }

    /** Lengths are those of the columns: a 31-character phone, a birth date before 1900, too long a field. */
    @Test
    void fieldsLongerThanTheirColumnsAreRefused() {
        long events = eventCount();
        long credentials = credentialCount();
        String phone31 = "+7 900 123 45 67 89 00 11 22 33";
        assertThat(phone31).hasSize(31);
        Map<String, Object> signUp = new HashMap<>(given.clientSignUp(Fixtures.unique("long") + "@example.com"));
        signUp.put("phone", phone31);
        Api.Response longPhone = api.post("/api/clients").json(signUp).send();
        assertProblem(longPhone, 400);
        assertThat(fields(longPhone.json())).containsExactly("phone");
        signUp.put("phone", "+7 900 123-45-67");
        signUp.put("address", "x".repeat(501));
        Api.Response longAddress = api.post("/api/clients").json(signUp).send();
        assertProblem(longAddress, 400);
        assertThat(fields(longAddress.json())).containsExactly("address");

        Map<String, Object> application = new HashMap<>(Map.of("name", "Barsik",
                "email", Fixtures.unique("old") + "@example.com", "phone", "+7 900 111-22-33", "about", "purr",
                "characteristics", Map.of("breed", "Siamese", "color", "cream", "sex", "M",
                        "birthDate", "-300000-01-01")));
        Api.Response ancient = api.post("/api/applications").from(Api.asClient()).json(application).send();
        assertProblem(ancient, 400);
        assertThat(fields(ancient.json())).containsExactly("characteristics.birthDate");
        application.put("characteristics", Map.of("breed", "Siamese", "color", "cream", "sex", "M",
                "birthDate", 19000));
        Api.Response numeric = api.post("/api/applications").from(Api.asClient()).json(application).send();
        assertProblem(numeric, 400);
        assertThat(fields(numeric.json())).containsExactly("characteristics.birthDate");
        application.put("characteristics", Map.of("breed", "Siamese", "color", "cream", "sex", "M",
                "birthDate", "2020-02-02"));
        application.put("phone", phone31);
        Api.Response applicantPhone = api.post("/api/applications").from(Api.asClient()).json(application).send();
        assertProblem(applicantPhone, 400);
        assertThat(fields(applicantPhone.json())).containsExactly("phone");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(credentialCount()).isEqualTo(credentials);
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
        assertProblem(api.get("/api/no-such-thing").bearer(manager).send(), 403);
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
    }
}
