package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The console's order pages: the list with its filter and search, an order's page, its timeline and time travel. */
class OrdersConsoleIT extends ConsoleTest {

    @Test
    void theListFiltersByStatusAndFindsAnOrderByItsIdItsClientOrItsWorker() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(given.inHours(5));
        String workerCode = api.get("/api/orders/" + order.orderId()).bearer(given.managerToken()).send().json()
                .get("workerCode").asText();
        Browser browser = manager();
        String href = "/console/orders/" + order.orderId();

        assertThat(browser.page("/console/orders?status=ASSIGNED")).contains(href);
        assertThat(browser.page("/console/orders?status=CANCELLED")).doesNotContain(href);
        assertThat(browser.page("/console/orders?q=" + order.orderId())).contains(href, "1</span> orders");
        assertThat(browser.page("/console/orders?q=" + order.client().email())).contains(href, "Murka");
        assertThat(browser.page("/console/orders?q=" + workerCode.toLowerCase())).contains(href, workerCode);
        assertThat(browser.page("/console/orders?q=" + order.workerId() + "&status=ASSIGNED")).contains(href);
        assertThat(browser.page("/console/orders?q=nobody-" + UUID.randomUUID())).contains("No orders match.");
        // the same search on the API, within what the caller may see
        assertThat(api.get("/api/orders?q=" + workerCode).bearer(given.managerToken()).send().body())
                .contains(order.orderId());
        assertThat(api.get("/api/orders?q=" + workerCode).bearer(given.client().token()).send().body())
                .as("another client's orders stay hidden").doesNotContain(order.orderId());

        MockHttpServletResponse badStatus = browser.get("/console/orders?status=LOST");
        assertThat(badStatus.getStatus()).isEqualTo(400);
        assertThat(badStatus.getContentType()).startsWith("text/html");
        assertThat(badStatus.getContentAsString()).contains("400 Bad Request", "the request has invalid parameters");
        assertThat(browser.get("/console/orders?q=" + "x".repeat(201)).getContentAsString())
                .contains("may be at most 200 characters");
    }

    @Test
    void anOrdersPageShowsItsStateAndTimelineAndTravelsBackInTime() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(given.inHours(5));
        JsonNode history = api.get("/api/orders/" + order.orderId() + "/history").bearer(given.managerToken())
                .send().json();
        Browser browser = manager();
        String path = "/console/orders/" + order.orderId();

        String now = browser.page(path);
        assertThat(now).contains("id=\"order-status\">ASSIGNED<", "Showing the order <strong>now</strong>",
                "Murka &lt;" + order.client().email() + "&gt;", "Audit timeline");
        for (JsonNode event : history) {
            assertThat(now).contains("data-type=\"" + event.get("type").asText() + "\"");
        }
        JsonNode placed = history.get(0);
        assertThat(now).as("who placed it, with role, and the request's correlation id")
                .contains("Murka (CLIENT)", placed.get("correlationId").asText());
        assertThat(now).as("the parts of other modules").contains("data-part=\"" + path + "/kit\"",
                "data-part=\"" + path + "/bets\"", "data-part=\"" + path + "/review\"");

        // the slider at the first event: the order as it was just placed, the later events dimmed
        String first = browser.page(path + "?at=0");
        assertThat(first).contains("as of", "id=\"order-status\">NEW<", "class=\"later\"")
                .doesNotContain("id=\"order-status\">ASSIGNED<");
        // any moment, in UTC: one second before it was placed, it did not exist yet
        Instant before = Instant.parse(placed.get("occurredAt").asText()).minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        assertThat(browser.page(path + "?asOf=" + before.atOffset(ZoneOffset.UTC).toLocalDateTime()))
                .contains("The order did not exist yet at that moment.");

        // a moment with an offset is that moment (not the same clock time in UTC)
        Instant placedAt = Instant.parse(placed.get("occurredAt").asText());
        String inNewYork = placedAt.plusSeconds(1).atOffset(ZoneOffset.ofHours(-5)).toString();
        assertThat(browser.page(path + "?asOf=" + inNewYork)).contains("id=\"order-status\">");
        assertThat(browser.get(path + "?asOf=yesterday").getContentAsString()).contains("has the wrong type or format");

        // the API's own step by step: the order after the event with that sequence number, for managers only
        long firstSequence = placed.get("sequence").asLong();
        assertThat(api.get("/api/orders/" + order.orderId() + "?afterEvent=" + firstSequence)
                .bearer(given.managerToken()).send().json().get("status").asText()).isEqualTo("NEW");
        assertThat(api.get("/api/orders/" + order.orderId() + "?afterEvent=-1").bearer(given.managerToken()).send()
                .status()).isEqualTo(400);
        assertThat(api.get("/api/orders/" + order.orderId() + "?afterEvent=0&asOf=" + placedAt)
                .bearer(given.managerToken()).send().status()).isEqualTo(400);
        assertThat(api.get("/api/orders/" + order.orderId() + "?afterEvent=0").bearer(order.client().token()).send()
                .status()).isEqualTo(403);

        MockHttpServletResponse outOfRange = browser.get(path + "?at=" + history.size());
        assertThat(outOfRange.getStatus()).isEqualTo(400);
        assertThat(outOfRange.getContentAsString()).contains("must be between 0 and " + (history.size() - 1));
        MockHttpServletResponse unknown = browser.get("/console/orders/" + UUID.randomUUID());
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("404 Not Found");
        assertThat(browser.get("/console/orders/not-an-id").getStatus()).isEqualTo(400);
    }

    @Test
    void photosAreShownInlineFromTheConsole() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plus(30, ChronoUnit.MINUTES));
        String worker = given.workerToken(order.workerId());
        assertThat(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "cat.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        await().atMost(Fixtures.projectionWait()).until(() -> !api.get("/api/orders/" + order.orderId())
                .bearer(given.managerToken()).send().json().path("checkInPhotoId").isNull());
        String photoId = api.get("/api/orders/" + order.orderId()).bearer(given.managerToken()).send().json()
                .get("checkInPhotoId").asText();
        Browser browser = manager();
        String photo = "/console/orders/" + order.orderId() + "/photos/" + photoId;
        assertThat(browser.page("/console/orders/" + order.orderId())).contains("src=\"" + photo + "\"");
        MockHttpServletResponse image = browser.get(photo);
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).isEqualTo(Fixtures.png());
    }
}
