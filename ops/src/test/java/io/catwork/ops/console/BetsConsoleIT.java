package io.catwork.ops.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The console's bets pages: an order's pool with its forms, and the developers' fund. */
class BetsConsoleIT extends ConsoleTest {
    static final Duration WAIT = Duration.ofSeconds(45);

    private JsonNode pool(String orderId) {
        return api.get("/api/orders/" + orderId + "/bets").bearer(given.managerToken()).send().json();
    }

    private JsonNode betOn(String orderId, String outcome) {
        for (JsonNode bet : pool(orderId).get("bets")) {
            if (bet.get("outcome").asText().equals(outcome)) {
                return bet;
            }
        }
        throw new AssertionError("no bet on " + outcome + " in " + pool(orderId));
    }

    private long betEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "io.catwork.bets.%");
    }

    @Test
    void anOrdersPoolTakesBetsShowsItsSettlementAndMarksAWinnerPaid() throws Exception {
        Fixtures.AssignedOrder order = given.assignedOrder(Instant.now().plus(Duration.ofMinutes(30)));
        String orderId = order.orderId();
        String part = "/console/orders/" + orderId + "/bets";
        Browser browser = manager();
        await().atMost(WAIT).until(() -> browser.get(part).getStatus() == 200);
        assertThat(browser.page(part)).contains("id=\"pool-status\">OPEN<", "No bets yet.", "<label for=\"amount\">",
                "<label for=\"outcome\">", "action=\"/console/orders/" + orderId + "/bets\"", "name=\"_csrf\"");
        MockHttpServletResponse fragment = browser.send(MockMvcRequestBuilders.get(part)
                .header("X-Console-Fragment", "1"));
        assertThat(fragment.getContentAsString()).contains("id=\"bets-part\"").doesNotContain("<html");

        // refused bets: the API's messages inline, the values kept, no bet placed
        long events = betEvents();
        String refused = browser.follow(browser.post(part, Map.of("back", part, "amount", "0", "outcome", "")));
        assertThat(refused).contains("the request has invalid fields",
                "<p class=\"field-error\" id=\"amount-error\">must be greater than or equal to 0.01</p>",
                "<p class=\"field-error\" id=\"outcome-error\">must not be null</p>", "value=\"0\"");
        String wrongType = browser.follow(browser.post(part, Map.of("back", part, "amount", "abc",
                "outcome", "FAILED")));
        assertThat(wrongType).contains("<p class=\"field-error\" id=\"amount-error\">has the wrong type or format</p>",
                "<option value=\"FAILED\" selected=\"selected\">FAILED</option>");
        assertThat(browser.follow(browser.post(part, Map.of("back", part, "amount", "1.001", "outcome", "FAILED"))))
                .contains("id=\"amount-error\">numeric value out of bounds");
        assertThat(betEvents()).isEqualTo(events);

        // two bets placed through the form, shown with who placed them
        MockHttpServletResponse placed = browser.post(part, Map.of("back", part, "amount", "10", "outcome",
                "COMPLETED"));
        assertThat(placed.getRedirectedUrl()).isEqualTo("/console/orders/" + orderId);
        assertThat(browser.follow(placed)).contains("Your bet of 10 on COMPLETED is placed.");
        assertThat(browser.follow(browser.post(part, Map.of("back", part, "amount", "5.50", "outcome", "FAILED"))))
                .contains("Your bet of 5.50 on FAILED is placed.");
        await().atMost(WAIT).until(() -> pool(orderId).get("bets").size() == 2);
        assertThat(pool(orderId).get("pot").decimalValue()).isEqualByComparingTo("15.50");
        assertThat(browser.page(part)).contains("id=\"pool-pot\">15.50<", ">10.00<", ">5.50<", ADMIN_EMAIL)
                .doesNotContain("Mark paid");

        // the order completes: the pool settles and the winner gets a "mark paid" button
        String worker = given.workerToken(order.workerId());
        assertThat(api.post("/api/orders/" + orderId + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        assertThat(api.post("/api/orders/" + orderId + "/report").bearer(worker)
                .multipart("photo", "r.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> pool(orderId).get("status").asText().equals("SETTLED"));
        String winner = betOn(orderId, "COMPLETED").get("id").asText();
        String loser = betOn(orderId, "FAILED").get("id").asText();
        String settled = browser.page(part);
        assertThat(settled).contains("id=\"pool-status\">SETTLED<", "id=\"pool-developers-share\">0.00<",
                ">15.50<", ">0.00<", "action=\"/console/bets/" + winner + "/paid\"")
                .doesNotContain("action=\"/console/bets/" + loser + "/paid\"", "<label for=\"amount\">");

        // a bet on a settled pool is refused with the API's message
        long settledEvents = betEvents();
        assertThat(browser.follow(browser.post(part, Map.of("back", part, "amount", "1", "outcome", "FAILED"))))
                .contains("betting is closed");
        assertThat(betEvents()).isEqualTo(settledEvents);

        MockHttpServletResponse paid = browser.post("/console/bets/" + winner + "/paid",
                Map.of("back", part, "orderId", orderId));
        assertThat(paid.getRedirectedUrl()).isEqualTo("/console/orders/" + orderId);
        assertThat(browser.follow(paid)).contains("The bet is marked paid.");
        await().atMost(WAIT).until(() -> betOn(orderId, "COMPLETED").get("paid").asBoolean());
        assertThat(browser.page(part)).contains(">paid<").doesNotContain("/paid\"");
        assertThat(browser.follow(browser.post("/console/bets/" + winner + "/paid",
                Map.of("back", part, "orderId", orderId)))).contains("this bet was marked paid already");
        assertThat(browser.follow(browser.post("/console/bets/" + UUID.randomUUID() + "/paid",
                Map.of("back", part, "orderId", orderId)))).contains("bet not found");
    }

    @Test
    void theDevelopersFundIsShownAndABadOrderIdIsAnHtmlErrorPage() throws Exception {
        Browser browser = manager();
        BigDecimal total = api.get("/api/bets/developers-fund").bearer(given.managerToken()).send().json()
                .get("total").decimalValue();
        String page = browser.page("/console/bets");
        assertThat(page).contains("Developers' fund");
        Matcher shown = Pattern.compile("id=\"fund-total\">([0-9.]+)<").matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        assertThat(new BigDecimal(shown.group(1))).isEqualByComparingTo(total);
        assertThat(shown.group(1)).matches("[0-9]+\\.[0-9]{2}");

        MockHttpServletResponse notAnId = browser.get("/console/orders/not-an-id/bets");
        assertThat(notAnId.getStatus()).isEqualTo(400);
        assertThat(notAnId.getContentType()).startsWith("text/html");
        assertThat(notAnId.getContentAsString()).contains("not an order id");
        MockHttpServletResponse unknown = browser.get("/console/orders/" + UUID.randomUUID() + "/bets");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("order not found");
    }
}
