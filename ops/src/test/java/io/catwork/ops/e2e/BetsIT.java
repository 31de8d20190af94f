package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3 end to end: pools settled on each final status, the developers' fund, payouts marked by hand. */
class BetsIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(45);

    private String bet(String orderId, String token, String amount, String outcome) {
        Api.Response placed = api.post("/api/orders/" + orderId + "/bets").bearer(token)
                .json(Map.of("amount", new BigDecimal(amount), "outcome", outcome)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private JsonNode pool(String orderId) {
        return api.get("/api/orders/" + orderId + "/bets").bearer(given.managerToken()).send().json();
    }

    private JsonNode betIn(JsonNode pool, String betId) {
        for (JsonNode bet : pool.get("bets")) {
            if (bet.get("id").asText().equals(betId)) {
                return bet;
            }
        }
        throw new AssertionError("no bet " + betId + " in " + pool);
    }

    private BigDecimal fund() {
        return api.get("/api/bets/developers-fund").bearer(given.managerToken()).send().json().get("total")
                .decimalValue();
    }

    private String status(Fixtures.AssignedOrder order) {
        return api.get("/api/orders/" + order.orderId()).bearer(order.client().token()).send().json().get("status")
                .asText();
    }

    @Test
    void aCompletedOrdersPoolGoesToTheBetsOnCompletionInProportionAndWinnersArePaidByHand() {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String alice = given.managerToken();
        String bob = given.staff("MANAGER").token();
        String first = bet(order.orderId(), alice, "10", "COMPLETED");
        String second = bet(order.orderId(), bob, "20.00", "COMPLETED");
        String losing = bet(order.orderId(), bob, "5.5", "FAILED");
        await().atMost(WAIT).until(() -> pool(order.orderId()).get("bets").size() == 3);
        assertThat(pool(order.orderId()).get("status").asText()).isEqualTo("OPEN");
        assertThat(pool(order.orderId()).get("pot").decimalValue()).isEqualByComparingTo("35.50");
        assertProblem(api.post("/api/bets/" + first + "/paid").bearer(alice).send(), 409);

        String worker = given.workerToken(order.workerId());
        assertThat(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        assertProblem(api.post("/api/orders/" + order.orderId() + "/bets").bearer(alice)
                .json(Map.of("amount", 1, "outcome", "FAILED")).send(), 409);
        await().atMost(WAIT).until(() -> pool(order.orderId()).get("status").asText().equals("CLOSED"));
        assertThat(api.post("/api/orders/" + order.orderId() + "/report").bearer(worker)
                .multipart("photo", "r.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> pool(order.orderId()).get("status").asText().equals("SETTLED"));
        JsonNode settled = pool(order.orderId());
        assertThat(betIn(settled, first).get("payout").decimalValue()).isEqualByComparingTo("11.83");
        assertThat(betIn(settled, second).get("payout").decimalValue()).isEqualByComparingTo("23.67");
        assertThat(betIn(settled, losing).get("payout").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(settled.get("developersShare").decimalValue()).isEqualByComparingTo("0.00");

        assertThat(api.post("/api/bets/" + second + "/paid").bearer(alice).send().status()).isEqualTo(200);
        assertProblem(api.post("/api/bets/" + second + "/paid").bearer(alice).send(), 409);
        assertProblem(api.post("/api/bets/" + losing + "/paid").bearer(alice).send(), 409);
        await().atMost(WAIT).until(() -> betIn(pool(order.orderId()), second).get("paid").asBoolean());
        assertThat(betIn(pool(order.orderId()), first).get("paid").asBoolean()).isFalse();
    }

    @Test
    void aFailedOrdersPoolGoesToTheBetsOnFailureAndACancelledOnesToTheDevelopers() {
        Fixtures.AssignedOrder failing = given.assignedOrder(Instant.now().plusSeconds(25));
        String onFailure = bet(failing.orderId(), given.managerToken(), "7.00", "FAILED");
        bet(failing.orderId(), given.managerToken(), "3.00", "COMPLETED");
        await().atMost(WAIT).until(() -> status(failing).equals("FAILED"));
        await().atMost(WAIT).until(() -> pool(failing.orderId()).get("status").asText().equals("SETTLED"));
        assertThat(betIn(pool(failing.orderId()), onFailure).get("payout").decimalValue())
                .isEqualByComparingTo("10.00");

        BigDecimal fundBefore = fund();
        Fixtures.AssignedOrder cancelled = given.assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        bet(cancelled.orderId(), given.managerToken(), "4.00", "COMPLETED");
        assertThat(api.post("/api/orders/" + cancelled.orderId() + "/cancel").bearer(cancelled.client().token())
                .json("{}").send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> pool(cancelled.orderId()).get("status").asText().equals("SETTLED"));
        assertThat(pool(cancelled.orderId()).get("developersShare").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(fund()).isEqualByComparingTo(fundBefore.add(new BigDecimal("4.00")));
        assertProblem(api.post("/api/orders/" + cancelled.orderId() + "/bets").bearer(given.managerToken())
                .json(Map.of("amount", 1, "outcome", "COMPLETED")).send(), 409);
    }

    @Test
    void onlyManagersBetAndBadBetsChangeNothing() {
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        String manager = given.managerToken();
        long events = eventCount();
        for (Object body : List.of(Map.of("amount", 0, "outcome", "FAILED"), Map.of("amount", 1.001,
                "outcome", "FAILED"), Map.of("amount", -3, "outcome", "FAILED"), Map.of("outcome", "FAILED"),
                Map.of("amount", "abc", "outcome", "FAILED"))) {
            Api.Response refused = api.post("/api/orders/" + orderId + "/bets").bearer(manager).json(body).send();
            assertProblem(refused, 400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        }
        assertProblem(api.post("/api/orders/" + orderId + "/bets").bearer(manager)
                .json(Map.of("amount", 1, "outcome", "MAYBE")).send(), 400);
        assertProblem(api.post("/api/orders/" + java.util.UUID.randomUUID() + "/bets").bearer(manager)
                .json(Map.of("amount", 1, "outcome", "FAILED")).send(), 404);
        assertProblem(api.post("/api/orders/not-an-id/bets").bearer(manager)
                .json(Map.of("amount", 1, "outcome", "FAILED")).send(), 400);
        assertProblem(api.post("/api/bets/" + java.util.UUID.randomUUID() + "/paid").bearer(manager).send(), 404);
        assertThat(eventCount()).isEqualTo(events);
        assertProblem(api.post("/api/orders/" + orderId + "/bets").bearer(client.token())
                .json(Map.of("amount", 1, "outcome", "FAILED")).send(), 403);
        assertProblem(api.get("/api/orders/" + orderId + "/bets").bearer(client.token()).send(), 403);
        assertProblem(api.get("/api/bets/developers-fund").bearer(client.token()).send(), 403);
        await().atMost(WAIT).until(() -> api.get("/api/orders/" + orderId + "/bets").bearer(manager).send()
                .status() == 200);
        assertThat(pool(orderId).get("status").asText()).isEqualTo("OPEN");
        assertThat(pool(orderId).get("bets")).isEmpty();
    }

    /** The pools rebuilt from the events are the very rows they were; a replay changes no pool's money. */
    @Test
    void theBetViewsReplayToIdenticalRows() {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        bet(order.orderId(), given.managerToken(), "2.50", "COMPLETED");
        assertThat(api.post("/api/orders/" + order.orderId() + "/cancel").bearer(order.client().token()).json("{}")
                .send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> pool(order.orderId()).get("status").asText().equals("SETTLED"));
        java.util.function.Supplier<List<Map<String, Object>>> rows = () -> jdbc.queryForList(
                "select p.*, b.bet_id, b.manager_id, b.amount, b.outcome, b.position, b.payout, b.paid "
                        + "from bet_pool_view p left join bet_view b on b.order_id = p.order_id "
                        + "order by p.order_id, b.position");
        List<Map<String, Object>> before = rows.get();
        jdbc.update("update bet_pool_view set pot = pot + 100");
        jdbc.update("delete from bet_view");
        assertThat(rows.get()).isNotEqualTo(before);
        assertThat(api.post("/api/admin/processors/bets-projection/replay").bearer(given.managerToken()).send()
                .status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> rows.get().equals(before));
        assertProblem(api.post("/api/admin/processors/bets-settlement/replay").bearer(given.managerToken()).send(),
                409);
    }
}
