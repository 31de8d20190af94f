package io.catwork.ops.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.WebhookSignatures;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import io.catwork.ops.testing.TestGoldenHat;
import io.catwork.ops.testing.TestSmtp;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Billing end to end on a database of its own, living through a whole week and a whole month by moving the
 * application's one clock (DOMAIN.md §6): charges, credits and drops, the weekly close and its payments, the monthly
 * close and its payouts through Golden Hat (WireMock), re-runs that issue nothing twice, and a catch-up after the
 * application was stopped over two period closes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillingIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Duration WAIT = Duration.ofSeconds(45);
    static String database;
    static ConfigurableApplicationContext app;
    static CatworkClock clock;
    static Api api;
    static Fixtures given;

    static String[] options(Duration offset) {
        return new String[] {"--catwork.clock.offset=" + offset, "--catwork.billing.zone=Europe/Moscow",
                "--catwork.orders.min-lead-time=PT1S", "--catwork.orders.check-in-grace=PT3S",
                "--catwork.matching.retry-interval=PT1S", "--catwork.supplier.sandbox-delay=PT1H",
                "--catwork.golden-hat.base-url=" + TestGoldenHat.baseUrl(),
                "--catwork.golden-hat.api-key=" + TestGoldenHat.API_KEY,
                "--catwork.golden-hat.read-timeout=PT1S", "--catwork.golden-hat.initial-backoff=PT1S",
                "--catwork.golden-hat.max-backoff=PT2S", "--catwork.golden-hat.poll-after=PT3S"};
    }

    /** Starts at noon on a Wednesday in the middle of a month, so its week closes well before its month. */
    @BeforeAll
    static void start() {
        ZonedDateTime wednesday = ZonedDateTime.now(MOSCOW).plusDays(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .withHour(12).withMinute(0).withSecond(0).withNano(0);
        while (wednesday.getDayOfMonth() < 8 || wednesday.getDayOfMonth() > 20) {
            wednesday = wednesday.plusWeeks(1);
        }
        database = TestDatabase.createExtra();
        boot(Duration.between(Instant.now(), wednesday.toInstant()));
    }

    static void boot(Duration offset) {
        app = StandaloneApp.start(database, options(offset));
        clock = app.getBean(CatworkClock.class);
        api = StandaloneApp.api(app);
        given = new Fixtures(api);
    }

    @AfterAll
    static void stop() {
        app.close();
        GenericEventMessage.clock = java.time.Clock.systemUTC(); // our shifted clock must not stamp later tests' events
    }

    static Instant now() {
        return clock.instant();
    }

    /** Moves the application's clock to {@code moment} and gives it fresh tokens (the old ones expired). */
    static void moveClockTo(Instant moment) {
        clock.shift(Duration.between(now(), moment));
        given = new Fixtures(api);
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), MOSCOW);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(MOSCOW).toInstant();
    }

    record Placed(String orderId, String workerId) {
    }

    /** An order of {@code client} starting at {@code start}, assembled and assigned to a worker. */
    private Placed assigned(Fixtures.Account client, String token, String serviceType, Instant start) {
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Api.Response placed = api.post("/api/orders").bearer(token).json(given.orderRequest(serviceType, start))
                .send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().get("id").asText();
        await().atMost(WAIT).until(() -> kitId(assembler, orderId) != null);
        String kit = kitId(assembler, orderId);
        assertThat(api.post("/api/supply-kits/" + kit + "/cookie-received").bearer(assembler.token()).send()
                .status()).isEqualTo(200);
        assertThat(api.post("/api/supply-kits/" + kit + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> "ASSIGNED".equals(order(token, orderId).path("status").asText()));
        return new Placed(orderId, order(token, orderId).get("workerId").asText());
    }

    private String kitId(Fixtures.Account assembler, String orderId) {
        JsonNode kits = api.get("/api/supply-kits").bearer(assembler.token()).send().json();
        return StreamSupport.stream(kits.spliterator(), false).filter(kit -> kit.get("orderId").asText()
                .equals(orderId)).map(kit -> kit.get("id").asText()).findFirst().orElse(null);
    }

    private JsonNode order(String token, String orderId) {
        return api.get("/api/orders/" + orderId).bearer(token).send().json();
    }

    private void complete(Placed order, String clientToken) {
        String worker = given.workerToken(order.workerId());
        assertThat(api.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        assertThat(api.post("/api/orders/" + order.orderId() + "/report").bearer(worker)
                .multipart("photo", "report.png", Fixtures.png(), "image/png").send().status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(order(clientToken, order.orderId()).path("status")
                .asText()));
    }

    private JsonNode billing(String clientId) {
        return api.get("/api/clients/" + clientId + "/billing").bearer(given.managerToken()).send().json();
    }

    private JsonNode clientInvoices(String clientId) {
        return api.get("/api/clients/" + clientId + "/invoices").bearer(given.managerToken()).send().json();
    }

    private JsonNode workerInvoices(String workerId) {
        return api.get("/api/workers/" + workerId + "/invoices").bearer(given.managerToken()).send().json();
    }

    private static List<String> subjectsTo(String email) {
        return TestSmtp.messagesTo(email).stream().map(TestSmtp::subject).toList();
    }

    private static boolean money(JsonNode node, String amount) {
        return node != null && !node.isMissingNode() && node.decimalValue().compareTo(new java.math.BigDecimal(amount))
                == 0;
    }

    @Test
    @Order(1)
    void aWholeWeekAndAWholeMonthOfBilling() {
        String serviceType = given.serviceType();
        Fixtures.Worker first = given.worker();
        Fixtures.Worker second = given.worker();
        Fixtures.Account payer = given.client();
        Fixtures.Account debtor = given.client();
        LocalDate sunday = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monthEnd = today().with(TemporalAdjusters.lastDayOfMonth());

        // bad amounts are refused, naming the field, and change nothing
        for (String body : List.of("{\"amount\": 12.345}", "{\"amount\": 0}", "{\"amount\": -5}",
                "{\"amount\": \"abc\"}", "{\"amount\": {}}", "{}", "{\"amount\": 1e400}")) {
            Api.Response refused = api.post("/api/clients/" + payer.id() + "/top-ups").bearer(payer.token())
                    .json(body).send();
            assertProblem(refused, 400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).as(body).isEqualTo("amount");
        }
        assertProblem(api.post("/api/clients/me/top-ups").bearer(payer.token()).json(Map.of("amount", 10000000))
                .send(), 400);
        assertProblem(api.post("/api/clients/" + debtor.id() + "/top-ups").bearer(payer.token())
                .json(Map.of("amount", 10)).send(), 404);
        assertProblem(api.post("/api/clients/" + first.id() + "/top-ups").bearer(given.managerToken())
                .json(Map.of("amount", 10)).send(), 404);
        Api.Response topUp = api.post("/api/clients/me/top-ups").bearer(payer.token()).json(Map.of("amount", 150.5))
                .send();
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        assertThat(money(topUp.json().get("balance"), "150.50")).isTrue();

        // the payer: one order completed, one cancelled in the same week; the debtor: one completed
        Placed paid = assigned(payer, payer.token(), serviceType, now().plus(Duration.ofMinutes(30)));
        Placed debt = assigned(debtor, debtor.token(), serviceType, now().plus(Duration.ofMinutes(30)));
        assertThat(paid.workerId()).as("overlapping orders go to different workers").isNotEqualTo(debt.workerId());
        complete(paid, payer.token());
        complete(debt, debtor.token());
        Placed cancelled = assigned(payer, payer.token(), serviceType, now().plus(Duration.ofHours(5)));
        assertThat(api.post("/api/orders/" + cancelled.orderId() + "/cancel").bearer(payer.token()).json("{}").send()
                .status()).isEqualTo(200);
        assertProblem(api.post("/api/workers/" + first.id() + "/bonuses").bearer(given.managerToken())
                .json(Map.of("amount", 25, "reason", " ")).send(), 400);
        assertProblem(api.post("/api/workers/" + first.id() + "/bonuses").bearer(payer.token())
                .json(Map.of("amount", 25, "reason", "great")).send(), 403);
        assertThat(api.post("/api/workers/" + first.id() + "/bonuses").bearer(given.managerToken())
                .json(Map.of("amount", 25, "reason", "great brushing")).send().status()).isEqualTo(201);

        await().atMost(WAIT).until(() -> money(billing(payer.id()).get("dueThisWeek"), "100.00")
                && money(billing(debtor.id()).get("dueThisWeek"), "100.00"));
        JsonNode payerBilling = api.get("/api/clients/me/billing").bearer(payer.token()).send().json();
        assertThat(money(payerBilling.get("balance"), "150.50")).isTrue();
        assertThat(payerBilling.get("discountPercent").asInt()).isZero();
        assertProblem(api.get("/api/clients/" + payer.id() + "/billing").bearer(debtor.token()).send(), 404);
        await().atMost(WAIT).until(() -> {
            JsonNode earnings = api.get("/api/workers/" + first.id() + "/earnings").bearer(given.managerToken())
                    .send().json();
            return money(earnings.path("currentMonth").path("bonuses"), "25.00")
                    && money(earnings.path("totalBonuses"), "25.00");
        });
        JsonNode firstEarnings = api.get("/api/workers/" + first.id() + "/earnings").bearer(given.managerToken())
                .send().json();
        JsonNode secondEarnings = api.get("/api/workers/" + second.id() + "/earnings").bearer(given.managerToken())
                .send().json();
        assertThat(firstEarnings.get("totalEarned").decimalValue().add(secondEarnings.get("totalEarned")
                .decimalValue())).isEqualByComparingTo("120.00");
        assertProblem(api.post("/api/admin/billing/runs").bearer(given.managerToken())
                .json(Map.of("kind", "CLIENT_WEEKLY", "periodEnd", sunday.toString())).send(), 409);
        assertProblem(api.post("/api/admin/billing/runs").bearer(given.managerToken())
                .json(Map.of("kind", "CLIENT_WEEKLY", "periodEnd", sunday.minusDays(1).toString())).send(), 400);

        // Monday 00:00 in Moscow: the calendar closes the week by itself
        moveClockTo(startOf(sunday.plusDays(1)).plusSeconds(5));
        InvoiceId payerInvoice = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, AccountId.of(payer.id()),
                sunday);
        await().atMost(WAIT).until(() -> clientInvoices(payer.id()).size() == 1
                && "PAID".equals(clientInvoices(payer.id()).get(0).path("status").asText())
                && clientInvoices(debtor.id()).size() == 1);
        JsonNode invoice = clientInvoices(payer.id()).get(0);
        assertThat(invoice.get("id").asText()).isEqualTo(payerInvoice.toString());
        assertThat(invoice.get("periodStart").asText()).isEqualTo(sunday.minusDays(6).toString());
        assertThat(invoice.get("periodEnd").asText()).isEqualTo(sunday.toString());
        assertThat(money(invoice.get("subtotal"), "100.00") && money(invoice.get("amount"), "100.00")).isTrue();
        assertThat(money(billing(payer.id()).get("balance"), "50.50")).isTrue();
        assertThat(money(billing(payer.id()).get("totalPaid"), "100.00")).isTrue();
        JsonNode unpaid = clientInvoices(debtor.id()).get(0);
        assertThat(unpaid.get("status").asText()).isEqualTo("UNPAID");
        await().atMost(WAIT).until(() -> subjectsTo(payer.email()).stream()
                .filter(subject -> subject.contains(payerInvoice.toString())).count() == 2);
        await().atMost(WAIT).until(() -> subjectsTo(debtor.email()).stream()
                .anyMatch(subject -> subject.contains(unpaid.get("id").asText()) && subject.contains("не оплачен")));

        // a top-up pays the unpaid invoice whole
        String debtorToken = api.token(debtor.email(), debtor.password());
        assertThat(api.post("/api/clients/me/top-ups").bearer(debtorToken).json(Map.of("amount", 60)).send().status())
                .isEqualTo(200);
        assertThat(clientInvoices(debtor.id()).get(0).get("status").asText()).isEqualTo("UNPAID");
        assertThat(api.post("/api/clients/me/top-ups").bearer(debtorToken).json(Map.of("amount", 40)).send().status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> "PAID".equals(clientInvoices(debtor.id()).get(0).path("status").asText()));
        assertThat(money(billing(debtor.id()).get("balance"), "0.00")).isTrue();

        // a manager's re-run of the closed week issues nothing twice
        Api.Response rerun = api.post("/api/admin/billing/runs").bearer(given.managerToken())
                .json(Map.of("kind", "CLIENT_WEEKLY", "periodEnd", sunday.toString())).send();
        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(202);
        awaitRunFinished(rerun.json().get("runId").asText());
        assertThat(clientInvoices(payer.id()).size()).isEqualTo(1);
        assertThat(clientInvoices(debtor.id()).size()).isEqualTo(1);

        // 00:00 on the 1st: the month closes, and Golden Hat pays each worker once
        moveClockTo(startOf(monthEnd.plusDays(1)).plusSeconds(5));
        await().atMost(WAIT).until(() -> workerInvoices(first.id()).size() == 1
                && "PAID".equals(workerInvoices(first.id()).get(0).path("status").asText())
                && workerInvoices(second.id()).size() == 1
                && "PAID".equals(workerInvoices(second.id()).get(0).path("status").asText()));
        JsonNode firstInvoice = workerInvoices(first.id()).get(0);
        assertThat(firstInvoice.get("periodEnd").asText()).isEqualTo(monthEnd.toString());
        assertThat(money(firstInvoice.get("bonuses"), "25.00")).isTrue();
        Api.Response monthRerun = api.post("/api/admin/billing/runs").bearer(given.managerToken())
                .json(Map.of("kind", "WORKER_MONTHLY", "periodEnd", monthEnd.toString())).send();
        assertThat(monthRerun.status()).isEqualTo(202);
        awaitRunFinished(monthRerun.json().get("runId").asText());
        assertThat(workerInvoices(first.id()).size()).isEqualTo(1);
        for (Fixtures.Worker worker : List.of(first, second)) {
            String invoiceId = workerInvoices(worker.id()).get(0).get("id").asText();
            assertThat(TestGoldenHat.server().getAllServeEvents().stream()
                    .filter(served -> invoiceId.equals(served.getRequest().getHeader("Idempotency-Key"))))
                    .as("one payout request for the invoice of " + worker.email()).hasSize(1);
            await().atMost(WAIT).until(() -> subjectsTo(worker.email()).stream()
                    .anyMatch(subject -> subject.contains(invoiceId) && subject.contains("произведена")));
        }
        assertProblem(api.post("/api/invoices/" + firstInvoice.get("id").asText() + "/retry-payout")
                .bearer(given.managerToken()).send(), 409);
        String firstInvoiceId = firstInvoice.get("id").asText();
        await().atMost(WAIT).until(() -> subjectsTo(first.email()).stream()
                .filter(subject -> subject.contains(firstInvoiceId)).count() == 2); // issued, then paid out
    }

    /** The billing views rebuilt from the events are the very rows they were. */
    @Test
    @Order(4)
    void theBillingViewsReplayToIdenticalRows() {
        List<String> tables = List.of("client_balance", "client_charge", "client_invoices", "worker_earnings",
                "worker_month", "worker_invoices");
        org.springframework.jdbc.core.JdbcTemplate jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        java.util.function.Supplier<Map<String, List<Map<String, Object>>>> rows = () -> {
            Map<String, List<Map<String, Object>>> all = new java.util.TreeMap<>();
            for (String table : tables) {
                all.put(table, jdbc.queryForList("select * from " + table + " order by 1, 2"));
            }
            return all;
        };
        Map<String, List<Map<String, Object>>> before = rows.get();
        assertThat(before.get("client_invoices")).isNotEmpty();
        assertThat(before.get("worker_invoices")).isNotEmpty();
        // spoil the views, so that only a rebuild from the events can bring the rows back
        jdbc.update("update client_balance set balance = balance + 1000");
        jdbc.update("delete from worker_invoices");
        assertThat(rows.get()).isNotEqualTo(before);
        Api.Response replay = api.post("/api/admin/processors/billing-projection/replay").bearer(given.managerToken())
                .send();
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        await().atMost(WAIT).until(() -> StreamSupport.stream(api.get("/api/admin/processors")
                        .bearer(given.managerToken()).send().json().spliterator(), false)
                .filter(processor -> processor.get("name").asText().equals("billing-projection"))
                .noneMatch(processor -> processor.get("replaying").asBoolean()) && rows.get().equals(before));
        assertThat(rows.get()).isEqualTo(before);
        assertProblem(api.post("/api/admin/processors/billing-policy/replay").bearer(given.managerToken()).send(),
                409);
    }

    /** A worker with {@code bonus} this month: its only activity, so its month's invoice pays exactly that. */
    private Fixtures.Worker workerWithBonus(String bonus) {
        Fixtures.Worker worker = given.worker();
        await().atMost(WAIT).until(() -> api.post("/api/workers/" + worker.id() + "/bonuses")
                .bearer(given.managerToken()).json(Map.of("amount", new java.math.BigDecimal(bonus),
                        "reason", "test")).send().status() == 201);
        return worker;
    }

    private static MappingBuilder payoutOf(Fixtures.Worker worker) {
        return post(urlEqualTo("/v1/payouts")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient", equalTo("GH-" + worker.email())));
    }

    private static ResponseDefinitionBuilder answer(int status, String payoutId, String payoutStatus) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"payoutId\": \"" + payoutId + "\", \"status\": \"" + payoutStatus + "\"}");
    }

    private static List<String> keysSentFor(Fixtures.Worker worker) {
        return TestGoldenHat.server().findAll(postRequestedFor(urlEqualTo("/v1/payouts"))
                        .withRequestBody(matchingJsonPath("$.recipient", equalTo("GH-" + worker.email()))))
                .stream().map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    private JsonNode invoiceOf(Fixtures.Worker worker) {
        JsonNode invoices = workerInvoices(worker.id());
        return invoices.size() == 1 ? invoices.get(0) : null;
    }

    private boolean invoiceIs(Fixtures.Worker worker, String status) {
        JsonNode invoice = invoiceOf(worker);
        return invoice != null && status.equals(invoice.path("status").asText());
    }

    private Api.Response goldenHatWebhook(String eventId, String type, String payoutId, String invoiceId,
                                          String secret, Instant at) {
        String body = "{\"eventId\": \"" + eventId + "\", \"type\": \"" + type + "\", \"payoutId\": \""
                + payoutId + "\", \"reference\": \"" + invoiceId + "\"}";
        return api.post("/api/integrations/golden-hat/events").header("X-Signature", WebhookSignatures.sign(secret,
                at.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8))).json(body).send();
    }

    /**
     * Golden Hat failing every way the contract names, one worker each: each invoice is paid exactly once, always
     * with its own Idempotency-Key, and only a definitive failure lets a manager retry, with a new key.
     */
    @Test
    @Order(2)
    void everyPayoutIsPaidOnceWhateverGoldenHatDoes() {
        Fixtures.Worker failing = workerWithBonus("10.00");
        Fixtures.Worker slow = workerWithBonus("11.00");
        Fixtures.Worker lost = workerWithBonus("12.00");
        Fixtures.Worker refused = workerWithBonus("13.00");
        Fixtures.Worker webhook = workerWithBonus("14.00");
        Fixtures.Worker polled = workerWithBonus("15.00");
        WireMockServer goldenHat = TestGoldenHat.server();
        goldenHat.stubFor(payoutOf(failing).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("once"));
        goldenHat.stubFor(payoutOf(failing).inScenario("500").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("twice"));
        goldenHat.stubFor(payoutOf(failing).inScenario("500").whenScenarioStateIs("twice")
                .willReturn(answer(201, "GH-500", "SUCCEEDED")));
        goldenHat.stubFor(payoutOf(slow).inScenario("timeout").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer(201, "GH-SLOW", "SUCCEEDED").withFixedDelay(3000)).willSetStateTo("accepted"));
        goldenHat.stubFor(payoutOf(slow).inScenario("timeout").whenScenarioStateIs("accepted")
                .willReturn(answer(409, "GH-SLOW", "SUCCEEDED")));
        goldenHat.stubFor(payoutOf(lost).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("accepted"));
        goldenHat.stubFor(payoutOf(lost).inScenario("lost").whenScenarioStateIs("accepted")
                .willReturn(answer(409, "GH-LOST", "SUCCEEDED")));
        goldenHat.stubFor(payoutOf(refused).withHeader("Idempotency-Key", notContaining("-retry-"))
                .willReturn(aResponse().withStatus(422).withBody("unknown payout account")));
        goldenHat.stubFor(payoutOf(refused).withHeader("Idempotency-Key", containing("-retry-1"))
                .willReturn(answer(201, "GH-RETRIED", "SUCCEEDED")));
        goldenHat.stubFor(payoutOf(webhook).willReturn(answer(201, "GH-WEBHOOK", "PENDING")));
        goldenHat.stubFor(get(urlEqualTo("/v1/payouts/GH-WEBHOOK")).willReturn(answer(200, "GH-WEBHOOK", "PENDING")));
        goldenHat.stubFor(payoutOf(polled).willReturn(answer(201, "GH-POLLED", "PENDING")));
        goldenHat.stubFor(get(urlEqualTo("/v1/payouts/GH-POLLED")).willReturn(answer(200, "GH-POLLED",
                "SUCCEEDED")));

        LocalDate monthEnd = today().with(TemporalAdjusters.lastDayOfMonth());
        moveClockTo(startOf(monthEnd.plusDays(1)).plusSeconds(5));
        await().atMost(WAIT).until(() -> invoiceIs(failing, "PAID") && invoiceIs(slow, "PAID")
                && invoiceIs(lost, "PAID") && invoiceIs(refused, "PAYOUT_FAILED") && invoiceIs(polled, "PAID")
                && invoiceIs(webhook, "PAYOUT_PENDING"));
        for (Fixtures.Worker worker : List.of(failing, slow, lost, polled)) {
            String invoiceId = invoiceOf(worker).get("id").asText();
            assertThat(keysSentFor(worker)).as("every request for " + worker.email() + " with the invoice's key")
                    .isNotEmpty().allMatch(invoiceId::equals);
        }
        assertThat(keysSentFor(failing)).hasSize(3);
        assertThat(keysSentFor(slow)).hasSize(2);
        assertThat(keysSentFor(lost)).hasSize(2);
        assertThat(keysSentFor(polled)).hasSize(1);

        // a definitive refusal: the managers hear of it, and only then may a manager retry, with a new key
        String refusedInvoice = invoiceOf(refused).get("id").asText();
        assertThat(invoiceOf(refused).get("failureReason").asText()).contains("422");
        await().atMost(WAIT).until(() -> subjectsTo(IntegrationTest.ADMIN_EMAIL).stream()
                .anyMatch(subject -> subject.contains(refusedInvoice)));
        assertProblem(api.post("/api/invoices/" + invoiceOf(failing).get("id").asText() + "/retry-payout")
                .bearer(given.managerToken()).send(), 409);
        assertProblem(api.post("/api/invoices/" + refusedInvoice + "/retry-payout").bearer(tokenOf(refused))
                .send(), 403);
        assertProblem(api.post("/api/invoices/not-an-id/retry-payout").bearer(given.managerToken()).send(), 400);
        assertProblem(api.post("/api/invoices/" + java.util.UUID.randomUUID() + "/retry-payout")
                .bearer(given.managerToken()).send(), 404);
        assertThat(api.post("/api/invoices/" + refusedInvoice + "/retry-payout").bearer(given.managerToken()).send()
                .status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> invoiceIs(refused, "PAID"));
        assertThat(keysSentFor(refused)).containsExactly(refusedInvoice, refusedInvoice + "-retry-1");

        // a PENDING payout settled by Golden Hat's signed webhook; forgeries and repeats change nothing
        String webhookInvoice = invoiceOf(webhook).get("id").asText();
        assertProblem(goldenHatWebhook("evt-forged", "payout.succeeded", "GH-WEBHOOK", webhookInvoice,
                "another-secret", now()), 401);
        assertProblem(goldenHatWebhook("evt-stale", "payout.succeeded", "GH-WEBHOOK", webhookInvoice,
                TestGoldenHat.WEBHOOK_SECRET, now().minusSeconds(301)), 401);
        assertProblem(goldenHatWebhook("evt-bad", "payout.succeeded", "GH-WEBHOOK", "not-an-invoice",
                TestGoldenHat.WEBHOOK_SECRET, now()), 400);
        assertThat(invoiceIs(webhook, "PAYOUT_PENDING")).isTrue();
        String eventId = "evt-" + java.util.UUID.randomUUID();
        assertThat(goldenHatWebhook(eventId, "payout.succeeded", "GH-WEBHOOK", webhookInvoice,
                TestGoldenHat.WEBHOOK_SECRET, now()).status()).isEqualTo(204);
        await().atMost(WAIT).until(() -> invoiceIs(webhook, "PAID"));
        assertThat(goldenHatWebhook(eventId, "payout.failed", "GH-WEBHOOK", webhookInvoice,
                TestGoldenHat.WEBHOOK_SECRET, now()).status()).as("a repeated event id").isEqualTo(204);
        assertThat(goldenHatWebhook("evt-late", "payout.failed", "GH-WEBHOOK", webhookInvoice,
                TestGoldenHat.WEBHOOK_SECRET, now()).status()).as("a settled payout").isEqualTo(204);
        assertThat(invoiceIs(webhook, "PAID")).isTrue();
        for (Fixtures.Worker worker : List.of(failing, slow, lost, refused, webhook, polled)) {
            String invoiceId = invoiceOf(worker).get("id").asText();
            await().atMost(WAIT).until(() -> subjectsTo(worker.email()).stream()
                    .filter(subject -> subject.contains(invoiceId) && subject.contains("произведена")).count() == 1);
        }
    }

    private String tokenOf(Fixtures.Worker worker) {
        return given.workerToken(worker.id());
    }

    /**
     * The application stopped before a month closed and started again after the next one had closed too: the
     * calendar's close catches up both months by itself, oldest first, and issues each invoice once.
     */
    @Test
    @Order(3)
    void aCatchUpAfterDowntimeClosesEveryMissedMonth() {
        Fixtures.Worker worker = workerWithBonus("42.00");
        LocalDate monthEnd = today().with(TemporalAdjusters.lastDayOfMonth());
        LocalDate nextMonthEnd = monthEnd.plusDays(1).with(TemporalAdjusters.lastDayOfMonth());
        Duration offset = clock.offset();
        app.close();

        Instant restart = startOf(nextMonthEnd.plusDays(1)).plusSeconds(30);
        boot(offset.plus(Duration.between(now(), restart)));
        await().atMost(WAIT).until(() -> invoiceIs(worker, "PAID"));
        JsonNode invoice = invoiceOf(worker);
        assertThat(invoice.get("periodEnd").asText()).isEqualTo(monthEnd.toString());
        assertThat(money(invoice.get("amount"), "42.00")).isTrue();
        JsonNode runs = api.get("/api/admin/billing/runs").bearer(given.managerToken()).send().json();
        assertThat(StreamSupport.stream(runs.spliterator(), false)
                .filter(run -> "WORKER_MONTHLY".equals(run.get("kind").asText()))
                .map(run -> run.get("periodEnd").asText()).toList())
                .contains(monthEnd.toString(), nextMonthEnd.toString());
        assertThat(keysSentFor(worker)).containsExactly(invoice.get("id").asText());
    }

    private void awaitRunFinished(String runId) {
        await().atMost(WAIT).until(() -> StreamSupport.stream(api.get("/api/admin/billing/runs")
                        .bearer(given.managerToken()).send().json().spliterator(), false)
                .anyMatch(run -> run.get("id").asText().equals(runId) && !run.path("finishedAt").isNull()));
    }
}
