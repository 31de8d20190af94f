package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §2, §4, §5 so far: the kit opens with the order, assemblers make it ready, a free worker is assigned. */
class OrderLifecycleIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    private Optional<JsonNode> kitOf(String token, String orderId, String query) {
        JsonNode kits = api.get("/api/supply-kits" + query).bearer(token).send().json();
        return StreamSupport.stream(kits.spliterator(), false)
                .filter(kit -> kit.get("orderId").asText().equals(orderId)).findFirst();
    }

    private JsonNode order(String token, String orderId) {
        return api.get("/api/orders/" + orderId).bearer(token).send().json();
    }

    @Test
    void aReadyKitGetsTheOrderAFreeWorkerAndItsPrice() {
        Fixtures.Worker worker = given.worker();
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        assertThat(order(client.token(), orderId).get("kitStatus").asText()).isEqualTo("ASSEMBLING");

        await().atMost(WAIT).until(() -> kitOf(assembler.token(), orderId, "?status=ASSEMBLING").isPresent());
        JsonNode kit = kitOf(assembler.token(), orderId, "").orElseThrow();
        assertThat(kit.get("packed").asBoolean()).isFalse();
        String kitId = kit.get("id").asText();

        assertProblem(api.post("/api/supply-kits/" + kitId + "/packed").bearer(client.token()).send(), 403);
        assertThat(api.post("/api/supply-kits/" + kitId + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
        assertThat(order(client.token(), orderId).get("status").asText()).as("packed, but no cookie yet")
                .isEqualTo("NEW");
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).as("marking it twice changes nothing").isEqualTo(200);

        await().atMost(WAIT).until(() -> order(client.token(), orderId).get("status").asText().equals("ASSIGNED"));
        JsonNode assigned = order(client.token(), orderId);
        assertThat(assigned.get("kitStatus").asText()).isEqualTo("READY");
        assertThat(assigned.get("price").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(assigned.get("workerId").isNull()).isFalse();
        assertThat(assigned.get("workerCode").asText()).matches("[A-Z]{3}-[A-Z]{3}-[MF]\\d{2}-\\d{4,}");
        JsonNode pool = api.get("/api/workers").bearer(given.managerToken()).send().json();
        assertThat(StreamSupport.stream(pool.spliterator(), false).map(w -> w.get("id").asText()))
                .contains(assigned.get("workerId").asText());

        await().atMost(WAIT).until(() -> kitOf(assembler.token(), orderId, "?status=READY").isPresent());
        JsonNode ready = kitOf(assembler.token(), orderId, "?status=READY").orElseThrow();
        assertThat(ready.get("packed").asBoolean()).isTrue();
        assertThat(ready.get("cookie").get("status").asText()).isEqualTo("DELIVERED");

        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(given.managerToken()).send().json();
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.get("type").asText()))
                .containsSubsequence("OrderPlacedEvent", "OrderSuppliesReadyEvent", "WorkerAssignedEvent");
        assertThat(worker.code()).isNotBlank();
        assertProblem(api.get("/api/supply-kits").bearer(client.token()).send(), 403);
    }
}
