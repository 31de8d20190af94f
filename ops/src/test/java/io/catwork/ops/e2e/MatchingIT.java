package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Matching on a database of its own, where this test decides how many workers exist: with none an order fails with
 * NO_WORKER_AVAILABLE; one worker never gets two overlapping orders; a cancelled order frees its worker's slot for
 * the order that waits, and a cancelled waiting order stops asking.
 */
class MatchingIT {
    static final Duration WAIT = Duration.ofSeconds(40);
    static ConfigurableApplicationContext app;
    static Api api;
    static Fixtures given;

    @BeforeAll
    static void start() {
        app = StandaloneApp.start(TestDatabase.createExtra(), "--catwork.orders.min-lead-time=PT1S",
                "--catwork.orders.check-in-grace=PT3S", "--catwork.matching.retry-interval=PT1S",
                "--catwork.supplier.sandbox-delay=PT1H", "--catwork.rate-limit.trusted-proxies=127.0.0.1");
        api = StandaloneApp.api(app);
        given = new Fixtures(api);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private String place(Fixtures.Account client, String serviceType, Instant start) {
        Api.Response placed = api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, start)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private void makeKitReady(Fixtures.Account assembler, String orderId) {
        await().atMost(WAIT).until(() -> kitId(assembler, orderId) != null);
        String kitId = kitId(assembler, orderId);
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.post("/api/supply-kits/" + kitId + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
    }

    private String kitId(Fixtures.Account assembler, String orderId) {
        JsonNode kits = api.get("/api/supply-kits").bearer(assembler.token()).send().json();
        return StreamSupport.stream(kits.spliterator(), false).filter(kit -> kit.get("orderId").asText()
                .equals(orderId)).map(kit -> kit.get("id").asText()).findFirst().orElse(null);
    }

    private String status(Fixtures.Account client, String orderId) {
        return api.get("/api/orders/" + orderId).bearer(client.token()).send().json().path("status").asText();
    }

    private long count(String orderId, String eventType) {
        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(history.spliterator(), false)
                .filter(event -> event.get("type").asText().equals(eventType)).count();
    }

    @Test
    void matchingWithNoWorkersThenOneWorkerForTwoOverlappingOrders() {
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();

        String lonely = place(client, serviceType, Instant.now().plusSeconds(20)); // time to make the kit ready
        makeKitReady(assembler, lonely);
        await().atMost(WAIT).until(() -> status(client, lonely).equals("FAILED"));
        assertThat(api.get("/api/orders/" + lonely).bearer(client.token()).send().json().get("failureReason")
                .asText()).isEqualTo("NO_WORKER_AVAILABLE");
        assertThat(count(lonely, "NoWorkerAvailableEvent")).as("matching was retried").isGreaterThan(1);
        assertThat(count(lonely, "WorkerFinedEvent")).isZero();

        Fixtures.Worker worker = given.worker();
        Instant slot = Instant.now().plus(Duration.ofMinutes(30));
        String first = place(client, serviceType, slot);
        String second = place(client, serviceType, slot.plus(Duration.ofMinutes(30)));
        makeKitReady(assembler, first);
        makeKitReady(assembler, second);
        await().atMost(WAIT).until(() -> List.of(status(client, first), status(client, second))
                .containsAll(List.of("ASSIGNED", "SUPPLIES_READY")));
        String assigned = status(client, first).equals("ASSIGNED") ? first : second;
        String waiting = assigned.equals(first) ? second : first;
        assertThat(api.get("/api/orders/" + assigned).bearer(client.token()).send().json().get("workerId").asText())
                .isEqualTo(worker.id());
        await().atMost(WAIT).until(() -> count(waiting, "NoWorkerAvailableEvent") >= 2);
        assertThat(status(client, waiting)).as("one worker never gets two overlapping orders")
                .isEqualTo("SUPPLIES_READY");

        assertThat(api.post("/api/orders/" + assigned + "/cancel").bearer(client.token()).json(Map.of())
                .send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> status(client, waiting).equals("ASSIGNED"));

        String third = place(client, serviceType, slot);
        makeKitReady(assembler, third);
        await().atMost(WAIT).until(() -> count(third, "NoWorkerAvailableEvent") >= 1);
        assertThat(api.post("/api/orders/" + third + "/cancel").bearer(client.token()).json(Map.of())
                .send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> status(client, third).equals("CANCELLED"));
        long asked = count(third, "NoWorkerAvailableEvent");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8))
                .until(() -> count(third, "NoWorkerAvailableEvent") == asked);
    }
}
