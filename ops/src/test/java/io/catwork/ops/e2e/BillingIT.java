package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.AccountId;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import io.catwork.ops.testing.TestGoldenHat;
import io.catwork.ops.testing.TestSmtp;
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
        for (Object amount : List.of("12.345", 0, -5, "abc", Map.of())) {
            assertProblem(api.post("/api/clients/" + payer.id() + "/top-ups").bearer(payer.token())
                    .json(Map.of("amount", amount)).send(), 400);
        }
        assertProblem(api.post("/api/clients/" + payer.id() + "/top-ups").bearer(payer.token()).json("{}").send(),
                400);
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
    }

    private void awaitRunFinished(String runId) {
        await().atMost(WAIT).until(() -> StreamSupport.stream(api.get("/api/admin/billing/runs")
                        .bearer(given.managerToken()).send().json().spliterator(), false)
                .anyMatch(run -> run.get("id").asText().equals(runId) && !run.path("finishedAt").isNull()));
    }
}
