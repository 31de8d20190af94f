package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.common.api.Paging;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The console's quality review pages: the queue, a review's page and its result form, an order's review part. */
class ReviewsConsoleIT extends ConsoleTest {
    static final Duration WAIT = Duration.ofSeconds(45);

    private Optional<JsonNode> reviewOf(String orderId, String status) {
        JsonNode reviews = api.get("/api/quality-reviews?status=" + status).bearer(given.managerToken()).send().json();
        return StreamSupport.stream(reviews.spliterator(), false)
                .filter(review -> review.get("orderId").asText().equals(orderId)).findFirst();
    }

    private long reviewsOf(String orderId) {
        return jdbc.queryForObject("select count(*) from review_view where order_id = ?", Long.class,
                UUID.fromString(orderId));
    }

    private long reviewEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "io.catwork.reviews.%");
    }

    @Test
    void aReviewOpenedFromTheOrdersPageIsQueuedShownWithItsOrderAndClosedByItsResultForm() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String orderId = order.orderId();
        String worker = given.workerToken(order.workerId());
        assertThat(api.post("/api/orders/" + orderId + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        Browser browser = manager();

        // the order page's part: no review yet, and the form that opens one
        String part = "/console/orders/" + orderId + "/review";
        assertThat(browser.page(part)).contains("No review of this order yet.",
                "action=\"/console/orders/" + orderId + "/reviews\"", "name=\"back\"", "name=\"_csrf\"");
        MockHttpServletResponse fragment = browser.send(MockMvcRequestBuilders.get(part)
                .header("X-Console-Fragment", "1"));
        assertThat(fragment.getContentAsString()).contains("id=\"review-part\"").doesNotContain("<html");

        MockHttpServletResponse opened = browser.post("/console/orders/" + orderId + "/reviews", Map.of("back", part));
        assertThat(opened.getRedirectedUrl()).isEqualTo("/console/orders/" + orderId);
        assertThat(browser.follow(opened)).contains("A review of the order is open.");
        await().atMost(WAIT).until(() -> reviewOf(orderId, "OPEN").isPresent());
        String reviewId = reviewOf(orderId, "OPEN").orElseThrow().get("id").asText();
        assertThat(browser.page(part)).contains("href=\"/console/reviews/" + reviewId + "\"", "MANUAL", "OPEN");

        // a second one is refused with the API's 409 while this one is open
        long events = reviewEvents();
        MockHttpServletResponse again = browser.post("/console/orders/" + orderId + "/reviews", Map.of("back", part));
        assertThat(again.getStatus()).isEqualTo(303);
        assertThat(browser.follow(again)).contains("a review of this order is open; finish it first");
        assertThat(reviewEvents()).isEqualTo(events);
        assertThat(reviewsOf(orderId)).isEqualTo(1);

        // the queue links the review and its order; the DONE list does not have it yet
        String queue = browser.page("/console/reviews");
        assertThat(queue).contains("href=\"/console/reviews/" + reviewId + "\"",
                "href=\"/console/orders/" + orderId + "\"", "href=\"/console/reviews?status=DONE\"");
        assertThat(browser.page("/console/reviews?status=DONE")).doesNotContain(reviewId);

        // the review's page: the order, its history, its photo, the client's contacts and the result form
        String page = "/console/reviews/" + reviewId;
        JsonNode detail = api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json();
        await().atMost(WAIT).until(() -> browser.page(page).contains("/console/orders/" + orderId + "/photos/"));
        String photoId = api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json()
                .get("photos").get(0).get("id").asText();
        String review = browser.page(page);
        assertThat(review).contains("MANUAL", ">OPEN<", "href=\"/console/orders/" + orderId + "\"",
                ">IN_PROGRESS<", "<img src=\"/console/orders/" + orderId + "/photos/" + photoId + "\"",
                detail.get("client").get("name").asText(), order.client().email(),
                detail.get("client").get("phone").asText(), "OrderPlacedEvent", "OrderStartedEvent",
                "<details><summary>Payload</summary>", "<label for=\"verdict\">", "<label for=\"findings\">",
                "<label for=\"clientContacted\">", "action=\"/console/reviews/" + reviewId + "/result\"");
        assertThat(review).contains("title=\"" + order.workerId() + "\"", "(WORKER)");
        MockHttpServletResponse photo = browser.get("/console/orders/" + orderId + "/photos/" + photoId);
        assertThat(photo.getStatus()).isEqualTo(200);
        assertThat(photo.getContentType()).startsWith("image/png");

        // refused results: each field's message inline, the values kept, nothing changed
        MockHttpServletResponse empty = browser.post(page + "/result", Map.of("back", page, "verdict", "",
                "clientContacted", "", "findings", " ", "actions", "kept text"));
        assertThat(empty.getStatus()).isEqualTo(303);
        String refused = browser.follow(empty);
        assertThat(refused).contains("the request has invalid fields",
                "<p class=\"field-error\" id=\"verdict-error\">must not be null</p>",
                "<p class=\"field-error\" id=\"clientContacted-error\">must not be null</p>",
                "<p class=\"field-error\" id=\"findings-error\">must not be blank</p>", ">kept text</textarea>");
        String wrongType = browser.follow(browser.post(page + "/result", Map.of("back", page, "verdict", "MAYBE",
                "clientContacted", "true", "findings", "seen")));
        assertThat(wrongType).contains("<p class=\"field-error\" id=\"verdict-error\">has the wrong type or format</p>",
                "<option value=\"true\" selected=\"selected\">yes</option>", ">seen</textarea>");
        assertThat(reviewEvents()).isEqualTo(events);

        // the result: saved, shown on the page, the review in the DONE list; a second result is refused
        MockHttpServletResponse saved = browser.post(page + "/result", Map.of("back", page,
                "verdict", "WORKER_FAULT", "clientContacted", "true", "findings", "the worker came late",
                "actions", "talked to the worker"));
        assertThat(saved.getRedirectedUrl()).isEqualTo(page);
        assertThat(browser.follow(saved)).contains("The result of the review is saved.");
        await().atMost(WAIT).until(() -> reviewOf(orderId, "DONE").isPresent());
        JsonNode result = api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json()
                .get("result");
        assertThat(result.get("verdict").asText()).isEqualTo("WORKER_FAULT");
        assertThat(result.get("clientContacted").asBoolean()).isTrue();
        assertThat(result.get("findings").asText()).isEqualTo("the worker came late");
        String done = browser.page(page);
        assertThat(done).contains(">DONE<", "WORKER_FAULT", "the worker came late", "talked to the worker",
                ">yes<").doesNotContain("name=\"verdict\"");
        assertThat(browser.page("/console/reviews?status=DONE")).contains(reviewId);
        assertThat(browser.page("/console/reviews")).doesNotContain(reviewId);
        assertThat(browser.follow(browser.post(page + "/result", Map.of("back", page, "verdict", "NO_ISSUES",
                "clientContacted", "false", "findings", "again")))).contains("the review is DONE already");
        assertThat(api.get("/api/quality-reviews/" + reviewId).bearer(given.managerToken()).send().json()
                .get("result").get("verdict").asText()).isEqualTo("WORKER_FAULT");
    }

    @Test
    void aBadReviewIdOrStatusIsAnHtmlErrorPage() throws Exception {
        Browser browser = manager();
        MockHttpServletResponse notAnId = browser.get("/console/reviews/not-an-id");
        assertThat(notAnId.getStatus()).isEqualTo(400);
        assertThat(notAnId.getContentType()).startsWith("text/html");
        assertThat(notAnId.getContentAsString()).contains("not a review id");
        MockHttpServletResponse unknown = browser.get("/console/reviews/" + UUID.randomUUID());
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("review not found");
        MockHttpServletResponse badStatus = browser.get("/console/reviews?status=MAYBE");
        assertThat(badStatus.getStatus()).isEqualTo(400);
        assertThat(badStatus.getContentType()).startsWith("text/html");
        String back = "/console/orders/" + UUID.randomUUID() + "/review";
        assertThat(browser.follow(browser.post("/console/orders/" + UUID.randomUUID() + "/reviews",
                Map.of("back", back)))).contains("no such order");
        assertThat(browser.get("/console/reviews?page=-1").getContentAsString()).contains("must be between 0 and");
    }

    @Test
    void theListsArePagedOnTheApiAndTheConsole() throws Exception {
        // the DONE list: only a manager's result adds to it, so no other test's background work moves it meanwhile
        // (an automatic review of an order failed a while ago may still join the OPEN queue, in the middle)
        for (int review = 0; review < 2; review++) {
            Fixtures.AssignedOrder order = given.assignedOrder(given.inHours(5));
            String id = api.post("/api/quality-reviews").bearer(given.managerToken())
                    .json(Map.of("orderId", order.orderId())).send().json().get("id").asText();
            assertThat(api.post("/api/quality-reviews/" + id + "/result").bearer(given.managerToken())
                    .json(Map.of("verdict", "NO_ISSUES", "clientContacted", false, "findings", "fine")).send()
                    .status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> api.get("/api/quality-reviews?status=DONE").bearer(given.managerToken())
                    .send().body().contains(id));
        }
        Api.Response all = api.get("/api/quality-reviews?status=DONE").bearer(given.managerToken()).send();
        long total = Long.parseLong(all.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(all.json().size()).as("without paging, all of them, as before").isEqualTo((int) total);

        for (int page = 0; page < 2; page++) {
            Api.Response one = api.get("/api/quality-reviews?status=DONE&size=1&page=" + page)
                    .bearer(given.managerToken()).send();
            assertThat(one.header("X-Total-Count")).isEqualTo(Long.toString(total));
            assertThat(one.json().size()).isEqualTo(1);
            assertThat(one.json().get(0).get("id").asText()).as("page " + page + ", oldest first")
                    .isEqualTo(all.json().get(page).get("id").asText());
        }
        assertThat(api.get("/api/quality-reviews?status=DONE&size=100&page=" + Paging.MAX_PAGE)
                .bearer(given.managerToken()).send().json().size()).isZero();
        assertThat(api.get("/api/quality-reviews?size=0").bearer(given.managerToken()).send().status()).isEqualTo(400);
        assertThat(api.get("/api/quality-reviews?size=101").bearer(given.managerToken()).send().status())
                .isEqualTo(400);

        java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"review-count\">(\\d+)<")
                .matcher(manager().page("/console/reviews?status=DONE"));
        assertThat(count.find()).isTrue();
        assertThat(count.group(1)).as("the list counts every done review, not a page").isEqualTo(Long.toString(total));
    }
}
