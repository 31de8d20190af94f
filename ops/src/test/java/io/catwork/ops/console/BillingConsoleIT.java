package io.catwork.ops.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.ConsoleTest;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.TestGoldenHat;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The console's billing pages: the start page (period closes, the run form, finding a client or a worker), a client's
 * balance, invoices and top-up form, a worker's earnings, invoices, bonus form and the retry of a failed payout. Every
 * form is sent as the page sends it; a refused one comes back with the API's message and changes nothing.
 */
class BillingConsoleIT extends ConsoleTest {
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Moscow"); // catwork.billing.zone's default
    static final Duration WAIT = Duration.ofSeconds(45);

    @Autowired
    CatworkClock clock;

    @Test
    void aClientsPageShowsItsBalanceAndTopsItUp() throws Exception {
        Fixtures.Account client = given.client();
        String path = "/console/billing/clients/" + client.id();
        Browser browser = manager();
        // the billing and the accounts projections may each take a moment
        await().atMost(Fixtures.projectionWait()).until(() -> browser.get(path).getStatus() == 200
                && browser.get(path).getContentAsString().contains(client.email()));
        String page = browser.page(path);
        assertThat(page).contains(client.email(), "id=\"balance\">0.00<", "No invoices yet.",
                "<label for=\"amount\">Amount</label>", "name=\"back\" value=\"" + path + "\"");

        MockHttpServletResponse refused = browser.post(path + "/top-ups", Map.of("amount", "0", "back", path));
        assertThat(refused.getStatus()).isEqualTo(303);
        assertThat(refused.getRedirectedUrl()).isEqualTo(path);
        String again = browser.follow(refused);
        assertThat(again).contains("id=\"amount-error\">must be greater than or equal to 0.01<", "value=\"0\"",
                "the request has invalid fields");
        assertThat(balanceOf(client)).isEqualByComparingTo("0.00");

        MockHttpServletResponse done = browser.post(path + "/top-ups", Map.of("amount", "150.50", "back", path));
        assertThat(done.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(done)).contains("Topped up 150.50; the balance is now 150.50.");
        await().atMost(Fixtures.projectionWait()).until(() -> browser.page(path).contains("id=\"balance\">150.50<"));
        assertThat(balanceOf(client)).isEqualByComparingTo("150.50");

        Fixtures.Worker worker = given.worker();
        String asWorker = "/console/billing/clients/" + worker.id();
        MockHttpServletResponse notAClient = browser.post(asWorker + "/top-ups", Map.of("amount", "5", "back", path));
        assertThat(browser.follow(notAClient)).contains("no client " + worker.id() + " that you may act for");
        assertThat(balanceOf(client)).isEqualByComparingTo("150.50");

        MockHttpServletResponse malformed = browser.get("/console/billing/clients/not-an-id");
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentAsString()).contains("must be a UUID or &#39;me&#39;");
        assertThat(browser.get("/console/billing/clients/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
        assertThat(browser.get("/console/billing/workers/" + client.id()).getStatus()).isEqualTo(404);
    }

    @Test
    void theStartPageFindsAccountsAndRunsAPeriodClose() throws Exception {
        Fixtures.Account client = given.client();
        Fixtures.Worker worker = given.worker();
        Browser browser = manager();
        await().atMost(Fixtures.projectionWait()).until(() -> browser.page("/console/billing?q=" + client.email())
                .contains("/console/billing/clients/" + client.id()));
        await().atMost(Fixtures.projectionWait()).until(() -> browser.page("/console/billing?q=" + worker.code())
                .contains("/console/billing/workers/" + worker.id()));
        assertThat(browser.page("/console/billing?q=" + worker.code())).contains(worker.email(), "WORKER");
        assertThat(browser.get("/console/billing?q=" + worker.id()).getRedirectedUrl())
                .isEqualTo("/console/billing/workers/" + worker.id());
        assertThat(browser.page("/console/billing?q=nobody-" + UUID.randomUUID()))
                .contains("No client or worker matches.");

        LocalDate lastSunday = LocalDate.now(BUSINESS_ZONE).with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        String start = browser.page("/console/billing");
        assertThat(start).contains("<label for=\"periodEnd\">", "<label for=\"kind\">", "Period closes");
        int runs = runs().size();
        MockHttpServletResponse refused = browser.post("/console/billing/runs", Map.of("kind", "CLIENT_WEEKLY",
                "periodEnd", lastSunday.minusDays(1).toString(), "back", "/console/billing"));
        assertThat(refused.getRedirectedUrl()).isEqualTo("/console/billing");
        assertThat(browser.follow(refused)).contains("id=\"periodEnd-error\">a week ends on a Sunday<",
                "value=\"" + lastSunday.minusDays(1) + "\"");
        MockHttpServletResponse noKind = browser.post("/console/billing/runs",
                Map.of("periodEnd", lastSunday.toString(), "back", "/console/billing"));
        assertThat(browser.follow(noKind)).contains("id=\"kind-error\">must not be null<");
        assertThat(runs().size()).as("nothing was run").isEqualTo(runs);

        MockHttpServletResponse ran = browser.post("/console/billing/runs", Map.of("kind", "CLIENT_WEEKLY",
                "periodEnd", lastSunday.toString(), "back", "/console/billing"));
        assertThat(ran.getRedirectedUrl()).isEqualTo("/console/billing");
        String notice = browser.follow(ran);
        assertThat(notice).contains("The close of the CLIENT_WEEKLY period ending " + lastSunday + " was requested");
        String runId = notice.replaceAll("(?s).*\\(run ([0-9a-f-]{36})\\).*", "$1");
        assertThat(runs()).anyMatch(run -> run.get("id").asText().equals(runId));
        assertThat(browser.page("/console/billing")).contains("data-run=\"" + runId + "\"");
    }

    /**
     * A bonus given last month (the application's clock moved back for the form, then forward again), the month
     * closed through the run form, its payout refused by Golden Hat, and retried from the worker's page.
     */
    @Test
    void aWorkersPageGivesBonusesAndRetriesAFailedPayout() throws Exception {
        Fixtures.Worker worker = given.worker();
        TestGoldenHat.server().stubFor(post(urlEqualTo("/v1/payouts")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient", equalTo("GH-" + worker.email())))
                .withHeader("Idempotency-Key", notContaining("-retry-"))
                .willReturn(aResponse().withStatus(422).withBody("unknown payout account")));
        TestGoldenHat.server().stubFor(post(urlEqualTo("/v1/payouts")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient", equalTo("GH-" + worker.email())))
                .withHeader("Idempotency-Key", containing("-retry-1"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"payoutId\": \"GH-CONSOLE\", \"status\": \"SUCCEEDED\"}")));
        String path = "/console/billing/workers/" + worker.id();
        Browser browser = manager();
        await().atMost(Fixtures.projectionWait()).until(() -> browser.get(path).getStatus() == 200
                && browser.get(path).getContentAsString().contains(worker.code())
                && browser.get(path).getContentAsString().contains("Vaska"));
        assertThat(browser.page(path)).contains("Vaska", worker.code(), "id=\"total-bonuses\">0.00<",
                "No invoices yet.", "<label for=\"reason\">Reason</label>");

        MockHttpServletResponse blank = browser.post(path + "/bonuses", Map.of("amount", "30", "reason", " ",
                "back", path));
        assertThat(blank.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(blank)).contains("id=\"reason-error\">must not be blank<", "value=\"30\"");
        MockHttpServletResponse tooMuch = browser.post(path + "/bonuses", Map.of("amount", "abc", "reason", "great",
                "back", path));
        assertThat(browser.follow(tooMuch)).contains("id=\"amount-error\">has the wrong type or format<");

        LocalDate monthEnd = LocalDate.now(BUSINESS_ZONE).withDayOfMonth(1).minusDays(1);
        Duration back = Duration.between(clock.instant(), monthEnd.atTime(12, 0).atZone(BUSINESS_ZONE).toInstant());
        MockHttpServletResponse bonus;
        clock.shift(back);
        try {
            bonus = browser.post(path + "/bonuses", Map.of("amount", "30", "reason", "a month of fine brushing",
                    "back", path));
        } finally {
            clock.shift(back.negated());
        }
        assertThat(bonus.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(bonus)).contains("A bonus of 30 was given.");
        await().atMost(Fixtures.projectionWait()).until(() -> browser.page(path)
                .contains("id=\"total-bonuses\">30.00<"));

        MockHttpServletResponse ran = browser.post("/console/billing/runs", Map.of("kind", "WORKER_MONTHLY",
                "periodEnd", monthEnd.toString(), "back", "/console/billing"));
        assertThat(browser.follow(ran)).contains("The close of the WORKER_MONTHLY period ending " + monthEnd);
        await().atMost(WAIT).until(() -> "PAYOUT_FAILED".equals(invoiceOf(worker).path("status").asText()));
        String invoice = invoiceOf(worker).get("id").asText();
        String failed = browser.page(path);
        assertThat(failed).contains("data-invoice=\"" + invoice + "\"", "PAYOUT_FAILED", "422",
                "/console/billing/invoices/" + invoice + "/retry-payout", "Retry payout");

        MockHttpServletResponse notAnInvoice = browser.post("/console/billing/invoices/not-an-id/retry-payout",
                Map.of("workerId", worker.id(), "back", path));
        assertThat(notAnInvoice.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(notAnInvoice)).contains("not an invoice id");
        MockHttpServletResponse retried = browser.post("/console/billing/invoices/" + invoice + "/retry-payout",
                Map.of("workerId", worker.id(), "back", path));
        assertThat(retried.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(retried)).contains("The payout of invoice " + invoice + " is being retried.");
        await().atMost(WAIT).until(() -> "PAID".equals(invoiceOf(worker).path("status").asText()));
        await().atMost(Fixtures.projectionWait()).until(() -> !browser.page(path).contains("Retry payout"));

        MockHttpServletResponse paidAlready = browser.post("/console/billing/invoices/" + invoice + "/retry-payout",
                Map.of("workerId", worker.id(), "back", path));
        assertThat(paidAlready.getRedirectedUrl()).isEqualTo(path);
        assertThat(browser.follow(paidAlready)).contains("class=\"problem\"");
        assertThat(invoiceOf(worker).get("status").asText()).isEqualTo("PAID");
    }

    private BigDecimal balanceOf(Fixtures.Account client) {
        return api.get("/api/clients/" + client.id() + "/billing").bearer(given.managerToken()).send().json()
                .get("balance").decimalValue();
    }

    private java.util.List<JsonNode> runs() {
        return StreamSupport.stream(api.get("/api/admin/billing/runs").bearer(given.managerToken()).send().json()
                .spliterator(), false).toList();
    }

    private JsonNode invoiceOf(Fixtures.Worker worker) {
        JsonNode invoices = api.get("/api/workers/" + worker.id() + "/invoices").bearer(given.managerToken()).send()
                .json();
        return invoices.size() == 1 ? invoices.get(0) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
