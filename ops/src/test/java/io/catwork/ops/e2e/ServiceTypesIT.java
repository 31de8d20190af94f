package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ServiceTypesIT extends IntegrationTest {

    @Test
    void managersCreateListUpdateAndDeactivate() {
        String manager = given.managerToken();
        String name = Fixtures.unique("Purring");
        Api.Response created = api.post("/api/service-types").bearer(manager)
                .json(Map.of("name", name, "description", "therapy", "durationMinutes", 45)).send();
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Fixtures.Account client = given.client();
        await().atMost(Fixtures.projectionWait()).until(() -> find(client.token(), id).isPresent());
        JsonNode listed = find(client.token(), id).orElseThrow();
        assertThat(listed.get("name").asText()).isEqualTo(name);
        assertThat(listed.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(listed.get("active").asBoolean()).isTrue();

        Api.Response updated = api.put("/api/service-types/" + id).bearer(manager)
                .json(Map.of("name", name, "description", "deep therapy", "durationMinutes", 90, "active", false))
                .send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        await().atMost(Fixtures.projectionWait())
                .until(() -> !find(client.token(), id).orElseThrow().get("active").asBoolean());
        assertThat(find(client.token(), id).orElseThrow().get("durationMinutes").asInt()).isEqualTo(90);

        Api.Response order = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(id, given.inHours(3))).send();
        assertProblem(order, 400);
        assertThat(order.json().get("errors").get(0).get("field").asText()).isEqualTo("serviceTypeId");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        String manager = given.managerToken();
        String name = Fixtures.unique("Napping");
        assertThat(api.post("/api/service-types").bearer(manager)
                .json(Map.of("name", name, "durationMinutes", 30)).send().status()).isEqualTo(201);
        long events = eventCount();
        assertProblem(api.post("/api/service-types").bearer(manager)
                .json(Map.of("name", " " + name.toUpperCase() + " ", "durationMinutes", 30)).send(), 409);

        String other = given.serviceType();
        assertProblem(api.put("/api/service-types/" + other).bearer(manager)
                .json(Map.of("name", name, "durationMinutes", 30, "active", true)).send(), 409);
        assertThat(eventCount()).isEqualTo(events + 1);
    }

    private Optional<JsonNode> find(String token, String id) {
        JsonNode all = api.get("/api/service-types").bearer(token).send().json();
        return StreamSupport.stream(all.spliterator(), false).filter(type -> type.get("id").asText().equals(id))
                .findFirst();
    }
}
