package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.TestSmtp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §7 end to end: reviews opened for failed and cancelled orders and by hand, results and their emails. */
class ReviewsIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(45);

    private Optional<JsonNode> reviewOf(String orderId, String status) {
        JsonNode reviews = api.get("/api/quality-reviews?status=" + status).bearer(given.managerToken()).send().json();
        return StreamSupport.stream(reviews.spliterator(), false)
                .filter(review -> review.get("orderId").asText().equals(orderId)).findFirst();
    }

    private long reviewsOf(String orderId) {
        JsonNode reviews = api.get("/api/quality-reviews").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(reviews.spliterator(), false)
                .filter(review -> review.get("orderId").asText().equals(orderId)).count();
    }

    private static List<String> subjectsTo(String email) {
        return TestSmtp.messagesTo(email).stream().map(TestSmtp::subject).toList();
    }

    private String workerEmail(String workerId) {
        return StreamSupport.stream(api.get("/api/workers").bearer(given.managerToken()).send().json()
                        .spliterator(), false).filter(w -> w.get("id").asText().equals(workerId))
                .map(w -> w.get("email").asText()).findFirst().orElseThrow();
    }

    @Test
    void aFailedOrderOpensAReviewOnceWhoseResultEmailsTheClientAndTheWorker() {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plusSeconds(25));
        await().atMost(WAIT).until(() -> reviewOf(order.orderId(), "OPEN").isPresent());
        JsonNode summary = reviewOf(order.orderId(), "OPEN").orElseThrow();
        assertThat(summary.get("trigger").asText()).isEqualTo("ORDER_FAILED");
        String reviewId = summary.get("id").asText();

        // the review is opened by its own group; the order's row may follow a moment later (orders-projection)
        await().atMost(WAIT).until(() -> "FAILED".equals(api.get("/api/quality-reviews/" + reviewId)
                .bearer(given.managerToken()).send().json().get("order").get("status").asText()));
        JsonNode review = api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json();
        assertThat(review.get("order").get("status").asText()).isEqualTo("FAILED");
        assertThat(StreamSupport.stream(review.get("history").spliterator(), false)
                .map(event -> event.get("type").asText()).toList()).contains("OrderPlacedEvent", "OrderFailedEvent");
        assertThat(review.get("client").get("email").asText()).isEqualTo(order.client().email());
        assertThat(review.get("client").get("phone").asText()).isNotBlank();
        assertThat(review.get("result").isNull()).isTrue();

        // a manual review of the same order waits until this one is done
        assertProblem(api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", order.orderId())).send(), 409);
        for (Object body : List.of(Map.of("verdict", "MAYBE", "clientContacted", true, "findings", "x"),
                Map.of("verdict", "NO_ISSUES", "clientContacted", true, "findings", " "),
                Map.of("verdict", "NO_ISSUES", "findings", "x"))) {
            assertProblem(api.post("/api/quality-reviews/" + reviewId + "/result").bearer(given.managerToken())
                    .json(body).send(), 400);
        }
        Api.Response done = api.post("/api/quality-reviews/" + reviewId + "/result").bearer(given.managerToken())
                .json(Map.of("verdict", "WORKER_FAULT", "clientContacted", true,
                        "findings", "the worker did not come", "actions", "talked to the worker")).send();
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertProblem(api.post("/api/quality-reviews/" + reviewId + "/result").bearer(given.managerToken())
                .json(Map.of("verdict", "NO_ISSUES", "clientContacted", false, "findings", "again")).send(), 409);
        await().atMost(WAIT).until(() -> reviewOf(order.orderId(), "DONE").isPresent());
        JsonNode result = api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json()
                .get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("WORKER_FAULT");
        assertThat(result.get("findings").asText()).isEqualTo("the worker did not come");
        String subject = "Заказ " + order.orderId() + ": итоги проверки качества";
        await().atMost(WAIT).until(() -> subjectsTo(order.client().email()).contains(subject)
                && subjectsTo(workerEmail(order.workerId())).contains(subject));
        assertThat(reviewsOf(order.orderId())).as("one review, however the failure is delivered").isEqualTo(1);

        // now a manager may open another by hand
        Api.Response manual = api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", order.orderId())).send();
        assertThat(manual.status()).as(manual.toString()).isEqualTo(201);
        await().atMost(WAIT).until(() -> reviewOf(order.orderId(), "OPEN")
                .map(open -> open.get("trigger").asText().equals("MANUAL")).orElse(false));
    }

    @Test
    void aCancelledOrderOpensAReviewAndManagersOpenOnesByHand() {
        Fixtures.Account client = given.client();
        String cancelled = given.order(client, given.serviceType());
        assertThat(api.post("/api/orders/" + cancelled + "/cancel").bearer(client.token()).json("{}").send()
                .status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> reviewOf(cancelled, "OPEN").isPresent());
        assertThat(reviewOf(cancelled, "OPEN").orElseThrow().get("trigger").asText()).isEqualTo("ORDER_CANCELLED");

        String running = given.order(client, given.serviceType());
        Api.Response manual = api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", running)).send();
        assertThat(manual.status()).as(manual.toString()).isEqualTo(201);
        await().atMost(WAIT).until(() -> reviewOf(running, "OPEN").isPresent());
        assertThat(reviewOf(running, "OPEN").orElseThrow().get("trigger").asText()).isEqualTo("MANUAL");
        assertProblem(api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", running)).send(), 409);

        // refused requests store no review event (other events of this shared context, such as the running order's
        // cookie order, may arrive meanwhile)
        long events = reviewEvents();
        assertProblem(api.post("/api/quality-reviews").bearer(given.managerToken())
                .json(Map.of("orderId", UUID.randomUUID())).send(), 400);
        assertProblem(api.post("/api/quality-reviews").bearer(given.managerToken()).json("{}").send(), 400);
        assertProblem(api.post("/api/quality-reviews/" + UUID.randomUUID() + "/result").bearer(given.managerToken())
                .json(Map.of("verdict", "NO_ISSUES", "clientContacted", false, "findings", "x")).send(), 404);
        assertProblem(api.get("/api/quality-reviews/" + UUID.randomUUID()).bearer(given.managerToken()).send(), 404);
        assertProblem(api.get("/api/quality-reviews?status=MAYBE").bearer(given.managerToken()).send(), 400);
        assertThat(reviewEvents()).isEqualTo(events);
        assertProblem(api.get("/api/quality-reviews").bearer(client.token()).send(), 403);
        assertProblem(api.post("/api/quality-reviews").bearer(client.token()).json(Map.of("orderId", running))
                .send(), 403);
    }

    private long reviewEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "io.catwork.reviews.%");
    }

    /** The review views rebuilt from the events are the very rows they were, and the replay sends no email. */
    @Test
    void theReviewViewsReplayToIdenticalRowsAndSendNothing() {
        Fixtures.Account client = given.client();
        String cancelled = given.order(client, given.serviceType());
        assertThat(api.post("/api/orders/" + cancelled + "/cancel").bearer(client.token()).json("{}").send()
                .status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> reviewOf(cancelled, "OPEN").isPresent());
        String reviewId = reviewOf(cancelled, "OPEN").orElseThrow().get("id").asText();
        assertThat(api.post("/api/quality-reviews/" + reviewId + "/result").bearer(given.managerToken())
                .json(Map.of("verdict", "CLIENT_FAULT", "clientContacted", false, "findings", "changed plans"))
                .send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> reviewOf(cancelled, "DONE").isPresent());
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(client.email()).stream()
                .anyMatch(mail -> TestSmtp.subject(mail).contains("итоги проверки качества")));
        java.util.function.Supplier<Map<String, List<Map<String, Object>>>> rows = () -> Map.of(
                "review_view", jdbc.queryForList("select * from review_view order by id"),
                "review_client", jdbc.queryForList("select * from review_client order by client_id"));
        Map<String, List<Map<String, Object>>> before = rows.get();
        long emails = jdbc.queryForObject("select count(*) from notification_outbox", Long.class);
        jdbc.update("update review_view set findings = 'spoiled'");
        jdbc.update("delete from review_client");
        assertThat(rows.get()).isNotEqualTo(before);
        assertThat(api.post("/api/admin/processors/reviews-projection/replay").bearer(given.managerToken()).send()
                .status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> rows.get().equals(before));
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox", Long.class)).isEqualTo(emails);
        assertProblem(api.post("/api/admin/processors/reviews-opening/replay").bearer(given.managerToken()).send(),
                409);
    }
}
