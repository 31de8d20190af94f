package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.common.api.AccountId;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.Poison;
import io.catwork.ops.testing.TestSmtp;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.ServiceTypeId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One bad message never stops the others: for each kind of processing, an event that fails in the database (a
 * {@link Poison} trigger) is parked for its own order while the next order flows, shows up in the dead-letter admin,
 * and is healed by a retry once the cause is removed.
 */
class PoisonIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;

    private String manager;
    private String serviceType;

    @BeforeEach
    void setUp() {
        manager = given.managerToken();
        serviceType = given.serviceType();
    }

    private String place(Fixtures.Account client, String address, String description) {
        Map<String, Object> request = new HashMap<>(given.orderRequest(serviceType, given.inHours(3)));
        request.put("address", address);
        request.put("description", description);
        Api.Response placed = api.post("/api/orders").bearer(client.token()).json(request).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private Optional<JsonNode> parked(String group, String sequence) {
        JsonNode all = api.get("/api/admin/dead-letters?group=" + group).bearer(manager).send().json();
        return StreamSupport.stream(all.spliterator(), false)
                .filter(entry -> entry.get("sequence").asText().equals(sequence)).findFirst();
    }

    private JsonNode awaitParked(String group, String sequence) {
        await().atMost(WAIT).until(() -> parked(group, sequence).isPresent());
        return parked(group, sequence).orElseThrow();
    }

    private JsonNode retry(String group, String sequence) {
        Api.Response retried = api.post("/api/admin/dead-letters/" + group + "/" + sequence + "/retry")
                .bearer(manager).send();
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        return retried.json();
    }

    private boolean readable(Fixtures.Account client, String orderId) {
        return api.get("/api/orders/" + orderId).bearer(client.token()).send().status() == 200;
    }

    private long kitsOf(String orderId) {
        return jdbc.queryForObject("select count(*) from supply_kit_view where order_id = ?::uuid", Long.class,
                orderId);
    }

    @Test
    void aProjectionParksOnlyTheOrderItCannotWriteUntilARetryHealsIt() {
        Fixtures.Account client = given.client();
        String marker = Fixtures.unique("poison-projection");
        String poisoned;
        try (Poison poison = Poison.in(jdbc, "order_view", "description", marker)) {
            poisoned = place(client, "Roof 7", marker);
            String healthy = place(client, "Roof 7", "brush");
            await().atMost(WAIT).until(() -> readable(client, healthy));

            JsonNode letter = awaitParked("orders-projection", poisoned);
            assertThat(letter.get("kind").asText()).isEqualTo("PROJECTION");
            assertThat(letter.get("eventType").asText()).isEqualTo("OrderPlacedEvent");
            assertThat(letter.get("cause").asText()).contains("poisoned");
            assertThat(letter.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(letter.get("since").asText()).isNotBlank();
            assertThat(readable(client, poisoned)).isFalse();

            assertThat(api.post("/api/orders/" + poisoned + "/cancel").bearer(client.token()).json("{}").send()
                    .status()).as("the command side is not stopped").isEqualTo(200);
            await().atMost(WAIT).until(() -> parked("orders-projection", poisoned)
                    .map(parked -> parked.get("events").asInt() >= 2).orElse(false));

            JsonNode stillFailing = retry("orders-projection", poisoned);
            assertThat(stillFailing.get("healed").asBoolean()).isFalse();
            assertThat(parked("orders-projection", poisoned).orElseThrow().get("attempts").asInt())
                    .isGreaterThan(letter.get("attempts").asInt());
        }
        JsonNode healed = retry("orders-projection", poisoned);
        assertThat(healed.get("healed").asBoolean()).isTrue();
        assertThat(healed.get("remaining").asLong()).isZero();
        assertThat(parked("orders-projection", poisoned)).isEmpty();
        assertThat(api.get("/api/orders/" + poisoned).bearer(client.token()).send().json().get("status").asText())
                .isEqualTo("CANCELLED");
    }

    /**
     * Issue 9's far-future order, as if stored before input was bounded: every group that takes it fails in the
     * database ("timestamp out of range": the order's view, its email directory, the saga's deadline). Each parks it
     * for that order alone, and the next order flows through all of them.
     */
    @Test
    void theFarFutureOrderOfIssue9IsParkedEverywhereWhileTheNextOrderFlows() {
        Fixtures.Account client = given.client();
        OrderId farFuture = new OrderId(UUID.randomUUID());
        Instant scheduledAt = Instant.parse("+300000-01-01T00:00:00Z");
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("Order",
                farFuture.toString(), 0, new OrderPlacedEvent(farFuture, AccountId.of(client.id()),
                ServiceTypeId.of(serviceType), 60, scheduledAt, "Roof 7", "brush", Instant.now(),
                scheduledAt.plus(Duration.ofMinutes(15)), null))));

        String next = place(client, "Roof 7", "brush");
        await().atMost(WAIT).until(() -> readable(client, next) && kitsOf(next) == 1);
        for (String group : List.of("orders-projection", "notifications", "OrderSagaProcessor")) {
            JsonNode letter = awaitParked(group, farFuture.toString());
            assertThat(letter.get("eventType").asText()).isEqualTo("OrderPlacedEvent");
            assertThat(letter.get("cause").asText()).as(group).contains("out of range");
        }
        assertThat(kitsOf(farFuture.toString())).isZero();
    }

    @Test
    void replayingAProjectionClearsItsDeadLetters() {
        Fixtures.Account client = given.client();
        String marker = Fixtures.unique("poison-replay");
        String poisoned;
        try (Poison poison = Poison.in(jdbc, "order_view", "description", marker)) {
            poisoned = place(client, "Roof 7", marker);
            awaitParked("orders-projection", poisoned);
        }
        assertThat(api.post("/api/admin/processors/orders-projection/replay").bearer(manager).send().status())
                .isEqualTo(202);
        await().atMost(WAIT).until(() -> parked("orders-projection", poisoned).isEmpty()
                && readable(client, poisoned) && !replaying("orders-projection"));
    }

    private boolean replaying(String group) {
        JsonNode processors = api.get("/api/admin/processors").bearer(manager).send().json();
        return StreamSupport.stream(processors.spliterator(), false)
                .filter(processor -> processor.get("name").asText().equals(group))
                .anyMatch(processor -> processor.get("replaying").asBoolean());
    }

    @Test
    void aSideEffectParksOnlyTheOrderItCannotHandle() {
        Fixtures.Account poisonedClient = given.client();
        Fixtures.Account healthyClient = given.client();
        String marker = Fixtures.unique("poison-email");
        String poisoned;
        try (Poison poison = Poison.in(jdbc, "notification_order", "description", marker)) {
            poisoned = place(poisonedClient, "Roof 7", marker);
            place(healthyClient, "Roof 8", "brush");
            await().atMost(WAIT).until(() -> TestSmtp.messagesTo(healthyClient.email()).stream()
                    .anyMatch(mail -> TestSmtp.subject(mail).endsWith("принят")));
            JsonNode letter = awaitParked("notifications", poisoned);
            assertThat(letter.get("kind").asText()).isEqualTo("SIDE_EFFECT");
            assertThat(letter.get("cause").asText()).contains("poisoned");
            assertThat(TestSmtp.messagesTo(poisonedClient.email()))
                    .noneMatch(mail -> TestSmtp.subject(mail).endsWith("принят"));
        }
        assertThat(retry("notifications", poisoned).get("healed").asBoolean()).isTrue();
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(poisonedClient.email()).stream()
                .anyMatch(mail -> TestSmtp.subject(mail).endsWith("принят")));
    }

    @Test
    void aSagaStepThatKeepsFailingIsRetriedThenParkedForItsOrderAlone() {
        Fixtures.Account client = given.client();
        String marker = Fixtures.unique("poison-saga");
        String poisoned;
        try (Poison poison = Poison.in(jdbc, "supplies_cookie_order", "address", marker)) {
            poisoned = place(client, marker, "brush");
            String healthy = place(client, "Roof 7", "brush");
            await().atMost(WAIT).until(() -> kitsOf(healthy) == 1);

            JsonNode letter = awaitParked("OrderSagaProcessor", poisoned);
            assertThat(letter.get("kind").asText()).isEqualTo("SAGA");
            assertThat(letter.get("eventType").asText()).isEqualTo("OrderPlacedEvent");
            assertThat(letter.get("attempts").asInt()).as("catwork.processing.saga-attempts").isEqualTo(3);
            assertThat(letter.get("cause").asText()).contains("poisoned");
            assertThat(kitsOf(poisoned)).isZero();

            JsonNode stillFailing = retry("OrderSagaProcessor", poisoned);
            assertThat(stillFailing.get("healed").asBoolean()).isFalse();
            assertThat(stillFailing.get("remaining").asLong()).isEqualTo(1);
            assertThat(parked("OrderSagaProcessor", poisoned).orElseThrow().get("attempts").asInt()).isEqualTo(4);
        }
        assertThat(retry("OrderSagaProcessor", poisoned).get("healed").asBoolean()).isTrue();
        await().atMost(WAIT).until(() -> kitsOf(poisoned) == 1);
        assertThat(parked("OrderSagaProcessor", poisoned)).isEmpty();
    }

    /**
     * The email sender is a side effect too: thirty emails to addresses that cannot be parsed, due before a client's
     * welcome, fail for good (a permanent failure) in the same round as the welcome goes out, not one round each.
     */
    @Test
    void brokenEmailsNeverHoldUpTheNextOne() {
        for (int i = 0; i < 30; i++) {
            jdbc.update("insert into notification_outbox (id, event_id, recipient, template, subject, body, status, "
                    + "attempts, next_attempt_at, created_at, pending_since, sent_count, version) values (?, ?, ?, "
                    + "'client-welcome', 'broken', 'broken', 'PENDING', 0, now() - interval '1 minute', now(), now(), "
                    + "0, 0)",
                    UUID.randomUUID(), "test-" + i, "<<broken-" + i);
        }
        Fixtures.Account client = given.client();
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestSmtp.messagesTo(client.email()).isEmpty());
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from notification_outbox "
                + "where recipient like '<<broken-%' and status = 'FAILED'", Long.class) == 30);
        assertThat(jdbc.queryForList("select last_error from notification_outbox where recipient like '<<broken-%'",
                String.class)).allMatch(error -> error.contains("Missing '>'"));
    }

    /**
     * A lookup works in its command's transaction: an event it cannot take is never stored, so there is nothing to
     * park; the command fails, and the next one goes through. (From a saga's command, the saga parks its order.)
     */
    @Test
    void aLookupThatCannotTakeAnEventFailsOnlyItsOwnCommand() {
        String marker = Fixtures.unique("poison-lookup");
        try (Poison poison = Poison.in(jdbc, "service_type_lookup", "name_key", marker)) {
            long events = eventCount();
            Api.Response refused = api.post("/api/service-types").bearer(manager)
                    .json(Map.of("name", marker, "description", "never stored", "durationMinutes", 30)).send();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(500);
            assertThat(refused.json().has("type")).isTrue();
            assertThat(eventCount()).as("the event was not stored").isEqualTo(events);
            Api.Response next = api.post("/api/service-types").bearer(manager)
                    .json(Map.of("name", Fixtures.unique("fine"), "durationMinutes", 30)).send();
            assertThat(next.status()).as(next.toString()).isEqualTo(201);
        }
    }

    @Test
    void processorsShowTheKindTheirModuleDeclared() {
        JsonNode processors = api.get("/api/admin/processors").bearer(manager).send().json();
        Map<String, String> kinds = new HashMap<>();
        processors.forEach(processor -> kinds.put(processor.get("name").asText(), processor.get("kind").asText()));
        assertThat(kinds).containsEntry("orders-projection", "PROJECTION").containsEntry("supplies-lookup", "LOOKUP")
                .containsEntry("service-type-lookup", "LOOKUP").containsEntry("OrderSagaProcessor", "SAGA")
                .containsEntry("notifications", "SIDE_EFFECT").containsEntry("worker-onboarding", "LOOKUP");
        assertProblem(api.post("/api/admin/processors/supplies-lookup/replay").bearer(manager).send(), 409);
        assertProblem(api.post("/api/admin/processors/OrderSagaProcessor/replay").bearer(manager).send(), 409);
    }

    @Test
    void onlyManagersSeeAndRetryDeadLetters() {
        Fixtures.Account client = given.client();
        assertProblem(api.get("/api/admin/dead-letters").bearer(client.token()).send(), 403);
        assertProblem(api.post("/api/admin/dead-letters/orders-projection/x/retry").bearer(client.token()).send(),
                403);
        assertProblem(api.post("/api/admin/dead-letters/no-such-group/x/retry").bearer(manager).send(), 404);
        assertProblem(api.post("/api/admin/dead-letters/supplies-lookup/x/retry").bearer(manager).send(), 404);
        assertProblem(api.post("/api/admin/dead-letters/orders-projection/" + UUID.randomUUID()
                + "/retry").bearer(manager).send(), 404);
        assertThat(api.get("/api/admin/dead-letters").bearer(manager).send().status()).isEqualTo(200);
    }
}
