package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The done-when story through the REST API on PostgreSQL. */
class OrdersFrontDoorIT extends IntegrationTest {

    @Test
    void clientOrdersReadsAndCancelsAndManagerAuditsIt() {
        String serviceType = given.serviceType();
        Fixtures.Account murka = given.client();

        Api.Response placed = api.post("/api/orders").bearer(murka.token()).header("X-Request-Id", "place-req-1")
                .json(given.orderRequest(serviceType, given.inHours(3))).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("X-Request-Id")).isEqualTo("place-req-1");
        String orderId = placed.json().get("id").asText();
        assertThat(placed.header("Location")).endsWith("/api/orders/" + orderId);

        await().atMost(Fixtures.projectionWait())
                .until(() -> api.get("/api/orders/" + orderId).bearer(murka.token()).send().status() == 200);
        JsonNode order = api.get("/api/orders/" + orderId).bearer(murka.token()).send().json();
        assertThat(order.get("status").asText()).isEqualTo("NEW");
        assertThat(order.get("clientId").asText()).isEqualTo(murka.id());
        assertThat(order.get("serviceTypeId").asText()).isEqualTo(serviceType);
        assertThat(order.get("reorderOffer").get("available").asBoolean()).isFalse();

        Api.Response list = api.get("/api/orders").bearer(murka.token()).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(ids(list.json())).containsExactly(orderId);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");

        Fixtures.Account other = given.client();
        assertThat(api.get("/api/orders/" + orderId).bearer(other.token()).send().status()).isEqualTo(404);
        assertThat(ids(api.get("/api/orders").bearer(other.token()).send().json())).isEmpty();
        assertThat(api.post("/api/orders/" + orderId + "/cancel").bearer(other.token())
                .json(Map.of("reason", "not mine")).send().status()).isEqualTo(404);

        Instant beforeCancel = Instant.now();
        Api.Response cancelled = api.post("/api/orders/" + orderId + "/cancel").bearer(murka.token())
                .header("X-Request-Id", "cancel-req-1").json(Map.of("reason", "changed my mind")).send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        await().atMost(Fixtures.projectionWait()).until(() -> api.get("/api/orders/" + orderId)
                .bearer(murka.token()).send().json().get("status").asText().equals("CANCELLED"));
        assertThat(api.post("/api/orders/" + orderId + "/cancel").bearer(murka.token()).json("{}").send().status())
                .as("a cancelled order cannot be cancelled again").isEqualTo(409);

        String manager = given.managerToken();
        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(manager).send().json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("type").asText()).isEqualTo("OrderPlacedEvent");
        assertThat(history.get(0).get("sequence").asLong()).isZero();
        assertThat(history.get(0).get("actor").get("id").asText()).isEqualTo(murka.id());
        assertThat(history.get(0).get("actor").get("role").asText()).isEqualTo("CLIENT");
        assertThat(history.get(0).get("correlationId").asText()).isEqualTo("place-req-1");
        assertThat(history.get(0).get("payload").get("address").asText()).isEqualTo("Roof 7, Cat Street");
        assertThat(history.get(1).get("type").asText()).isEqualTo("OrderCancelledEvent");
        assertThat(history.get(1).get("correlationId").asText()).isEqualTo("cancel-req-1");
        assertThat(history.get(1).get("payload").get("reason").asText()).isEqualTo("changed my mind");

        Api.Response asOf = api.get("/api/orders/" + orderId + "?asOf=" + beforeCancel).bearer(manager).send();
        assertThat(asOf.status()).as(asOf.toString()).isEqualTo(200);
        assertThat(asOf.json().get("status").asText()).isEqualTo("NEW");
        assertThat(api.get("/api/orders/" + orderId + "?asOf=" + Instant.now()).bearer(manager).send().json()
                .get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/orders/" + orderId + "?asOf=2020-01-01T00:00:00Z").bearer(manager).send().status())
                .as("before the order existed").isEqualTo(404);
    }

    @Test
    void managerCancelsAnyOrderAndStaffListAllWithStatusFilterAndPaging() {
        String serviceType = given.serviceType();
        Fixtures.Account client = given.client();
        String first = given.order(client, serviceType);
        String second = given.order(client, serviceType);
        String manager = given.managerToken();

        assertThat(api.post("/api/orders/" + first + "/cancel").bearer(manager).json(Map.of("reason", "storm"))
                .send().status()).isEqualTo(200);
        await().atMost(Fixtures.projectionWait()).until(() -> api.get("/api/orders/" + first).bearer(manager)
                .send().json().get("status").asText().equals("CANCELLED"));

        Fixtures.Account assembler = given.staff("ASSEMBLER");
        assertThat(api.get("/api/orders/" + second).bearer(assembler.token()).send().status()).isEqualTo(200);
        Api.Response cancelledOnly = api.get("/api/orders?status=CANCELLED&size=100").bearer(manager).send();
        assertThat(ids(cancelledOnly.json())).contains(first).doesNotContain(second);
        Api.Response firstPage = api.get("/api/orders?size=1&page=0").bearer(client.token()).send();
        Api.Response secondPage = api.get("/api/orders?size=1&page=1").bearer(client.token()).send();
        assertThat(firstPage.header("X-Total-Count")).isEqualTo("2");
        assertThat(ids(firstPage.json())).containsExactly(second);
        assertThat(ids(secondPage.json())).containsExactly(first);
        assertThat(api.post("/api/orders/" + second + "/cancel").bearer(assembler.token()).json("{}").send()
                .status()).isEqualTo(403);
    }

    @Test
    void meShowsTheCallersAccount() {
        Fixtures.Account client = given.client();
        await().atMost(Fixtures.projectionWait())
                .until(() -> api.get("/api/me").bearer(client.token()).send().status() == 200);
        JsonNode me = api.get("/api/me").bearer(client.token()).send().json();
        assertThat(me.get("id").asText()).isEqualTo(client.id());
        assertThat(me.get("role").asText()).isEqualTo("CLIENT");
        assertThat(me.get("email").asText()).isEqualTo(client.email());
        assertThat(me.get("name").asText()).isEqualTo("Murka");
    }

    static java.util.List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get("id").asText()).toList();
    }
}
