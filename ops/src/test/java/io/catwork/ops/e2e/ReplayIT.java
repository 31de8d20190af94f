package io.catwork.ops.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.catwork.common.api.WebhookSignatures;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import io.catwork.ops.testing.TestGoldenHat;
import io.catwork.ops.testing.TestSmtp;
import io.catwork.ops.testing.TestSupplier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaying every projection rebuilds the very rows it had, and does nothing else.
 *
 * <p>On a database and an application of its own (it moves the application's one clock, as {@link BillingIT} does),
 * the story drives every kind of flow through the REST API: service types (created, edited, withdrawn); hiring
 * (tests, a vacancy, an application tested and hired, the worker activated through its email, another rejected);
 * orders to each final state (COMPLETED with check-in and signed report, its cookie delivered by the supplier's
 * signed webhook; FAILED with NO_CHECK_IN and the worker's fine; FAILED with SUPPLIES_NOT_READY after the supplier
 * refused the cookie, so the kit was COOKIE_ORDER_FAILED; re-ordered, and the copy CANCELLED by a manager; CANCELLED
 * by its client), a missing report (REPORT_MISSING, then the report); bets placed on three orders, settled on each
 * final state and one marked paid; reviews opened by failure, by cancellation, by the missing report and by hand,
 * one with a result; billing (a top-up, a bonus, a week closed with a PAID and an UNPAID invoice, a month closed and
 * paid out through Golden Hat).
 *
 * <p>Then it reads every projection's tables, replays every replayable processor, and checks that the rows come back
 * identical while no email, cookie order, payout or event is added.
 */
class ReplayIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Duration WAIT = Duration.ofSeconds(45);
    /** The advisory lock that holds one replay back while the test asks for it a second time. */
    static final long HOLD = 7_301_774_251L;

    /**
     * The tables each PROJECTION group writes, as its code says: the group's {@code @ResetHandler}, its entities
     * (element collections included) and the migrations that create them. No column is left out: none is the time
     * of projection (every time in a view is an event's own).
     */
    static final Map<String, List<String>> PROJECTION_TABLES = new TreeMap<>(Map.of(
            "accounts-projection", List.of("account_view"),
            "service-types-projection", List.of("service_type_view"),
            "orders-projection", List.of("order_view"),
            "hiring-projection", List.of("test_view", "vacancy_view", "application_view", "application_test_view",
                    "application_note_view", "worker_view"),
            "supplies-projection", List.of("supply_kit_view"),
            "billing-projection", List.of("client_balance", "client_charge", "client_invoices", "worker_earnings",
                    "worker_month", "worker_invoices"),
            "bets-projection", List.of("bet_pool_view", "bet_view"),
            "reviews-projection", List.of("review_view", "review_client")));

    /** Every other table: none is a projection's, so no replay rebuilds it (a replay moves only tokens and records). */
    static final Set<String> OTHER_TABLES = Set.of(
            // Axon: the event store, snapshots, tokens, sagas and their associations, dead letters
            "domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry", "association_value_entry",
            "dead_letter_entry",
            // db-scheduler's deadlines and jobs; Flyway's history; the cluster's nodes and its replays' records
            "scheduled_tasks", "flyway_schema_history", "catwork_node", "processor_replay",
            // ops: logins, activation tokens, photos (written by requests, not by events)
            "account_credentials", "activation_token", "photo",
            // the command side's lookups (subscribing groups, never replayed), its period closes and webhook records
            "service_type_lookup", "hiring_test_lookup", "vacancy_lookup", "active_application_lookup",
            "matching_worker", "matching_reservation", "supplies_client", "supplies_cookie_order",
            "supplier_webhook_event", "billing_account", "billing_order", "billing_due", "billing_run",
            "billing_cursor", "golden_hat_webhook_event", "bets_order", "bets_bet", "reviews_order", "reviews_open",
            // the notifications side effect: the email outbox and the group's own directories
            "notification_outbox", "notification_recipient", "notification_order", "notification_application",
            "notification_test");

    static ConfigurableApplicationContext app;
    static CatworkClock clock;
    static JdbcTemplate jdbc;
    static Api api;
    static StubMapping refusingSupplier;
    private static final Map<String, List<String>> keys = new HashMap<>();

    private Fixtures given;
    private Fixtures.Account assembler;

    /** Starts at noon on a Wednesday in the middle of a month, so its week closes well before its month. */
    @BeforeAll
    static void start() {
        ZonedDateTime wednesday = ZonedDateTime.now(MOSCOW).plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).withHour(12).withMinute(0).withSecond(0).withNano(0);
        while (wednesday.getDayOfMonth() < 8 || wednesday.getDayOfMonth() > 20) {
            wednesday = wednesday.plusWeeks(1);
        }
        app = StandaloneApp.start(TestDatabase.createExtra(),
                "--catwork.clock.offset=" + Duration.between(Instant.now(), wednesday.toInstant()),
                "--catwork.billing.zone=Europe/Moscow", "--catwork.billing.scheduler-enabled=false",
                "--catwork.orders.min-lead-time=PT1S", "--catwork.orders.check-in-grace=PT3S",
                "--catwork.orders.report-grace=PT1S", "--catwork.matching.retry-interval=PT1S",
                "--catwork.notifications.initial-backoff=PT1S", "--catwork.notifications.max-backoff=PT2S",
                "--catwork.supplier.base-url=" + TestSupplier.baseUrl(), "--catwork.supplier.read-timeout=PT1S",
                "--catwork.supplier.initial-backoff=PT1S", "--catwork.supplier.max-attempts=3",
                "--catwork.golden-hat.base-url=" + TestGoldenHat.baseUrl(),
                "--catwork.golden-hat.api-key=" + TestGoldenHat.API_KEY,
                "--catwork.golden-hat.read-timeout=PT1S", "--catwork.golden-hat.initial-backoff=PT1S",
                "--catwork.golden-hat.max-backoff=PT2S", "--catwork.golden-hat.poll-after=PT3S");
        clock = app.getBean(CatworkClock.class);
        jdbc = app.getBean(JdbcTemplate.class);
        api = StandaloneApp.api(app);
    }

    @AfterAll
    static void stop() {
        if (refusingSupplier != null) {
            TestSupplier.server().removeStub(refusingSupplier);
        }
        if (app != null) {
            app.close();
        }
        GenericEventMessage.clock = Clock.systemUTC(); // our shifted clock must not stamp later tests' events
    }

    @Test
    void replayingEveryProjectionRebuildsTheSameRowsAndHasNoSideEffects() throws Exception {
        given = new Fixtures(api);
        driveEveryFlow();
        awaitQuiet();
        assertEveryTableIsKnown();
        assertThat(names(processors(), p -> "PROJECTION".equals(p.path("kind").asText())))
                .as("the PROJECTION groups, each with its tables in PROJECTION_TABLES")
                .isEqualTo(PROJECTION_TABLES.keySet());
        assertThat(names(processors(), p -> p.path("replayable").asBoolean())).as("the replayable processors")
                .isEqualTo(PROJECTION_TABLES.keySet());

        Map<String, List<Map<String, Object>>> before = snapshot();
        before.forEach((table, rows) -> assertThat(rows).as(table + " after the story").isNotEmpty());
        assertThat(deadLetters()).as("events parked during the story").isZero();
        Set<String> invoices = before.get("worker_invoices").stream().map(row -> row.get("id").toString())
                .collect(Collectors.toSet());
        SideEffects effects = sideEffects(invoices);
        assertThat(effects.emailsReceived()).as("emails of this application received").isPositive();
        assertThat(effects.cookieOrders()).as("cookie orders of this application received").isPositive();
        assertThat(effects.payouts()).as("payouts of this application received").isPositive();

        spoilEveryProjectionTable();
        assertThat(snapshot()).as("the spoiled views").isNotEqualTo(before);
        replayEveryProjection();
        awaitReplaysCaughtUp();
        // anything a replay scheduled (an email, a task) would show within seconds: nothing may change for three
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> sideEffects(invoices).equals(effects));

        assertThat(sideEffects(invoices)).as("events, emails, cookie orders and payouts after the replay")
                .isEqualTo(effects);
        assertThat(deadLetters()).as("events parked by the replay").isZero();
        assertThat(differences(before, snapshot())).as("rows that differ after the replay").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------
    // the story

    private void driveEveryFlow() {
        String manager = given.managerToken();
        String grooming = given.serviceType(60);
        String nap = given.serviceType(1);
        String bathingName = Fixtures.unique("Bathing");
        String bathing = created(api.post("/api/service-types").bearer(manager).json(Map.of("name", bathingName,
                "description", "a warm bath", "durationMinutes", 30)).send());
        ok(api.put("/api/service-types/" + bathing).bearer(manager).json(Map.of("name", bathingName,
                "description", "a warm bath with foam", "durationMinutes", 45, "active", true)).send());

        hireThroughTestsAndActivate();
        rejectAnApplication();
        for (int i = 0; i < 5; i++) {
            given.worker();
        }
        assembler = given.staff("ASSEMBLER");
        Fixtures.Account secondManager = given.staff("MANAGER");
        Fixtures.Account payer = given.client();
        Fixtures.Account debtor = given.client();
        Fixtures.Account unlucky = given.client();
        Api.Response topUp = api.post("/api/clients/me/top-ups").bearer(payer.token())
                .json(Map.of("amount", new BigDecimal("150.50"))).send();
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);

        // COMPLETED, its cookie delivered by the supplier's signed webhook; its pool settled, the winner paid by hand
        String completed = place(payer, grooming, now().plus(Duration.ofMinutes(30)));
        makeKitReady(completed, true);
        awaitStatus(completed, "ASSIGNED");
        String winning = bet(completed, manager, "10.00", "COMPLETED");
        bet(completed, secondManager.token(), "5.50", "FAILED");
        String completedWorker = workerOf(completed);
        String worker = given.workerToken(completedWorker);
        upload(completed, "check-in", worker);
        upload(completed, "report", worker);
        awaitStatus(completed, "COMPLETED");
        awaitPool(completed, "SETTLED");
        ok(api.post("/api/bets/" + winning + "/paid").bearer(manager).send());

        // CANCELLED by its client once assigned: its pool goes to the developers
        String cancelled = assigned(payer, grooming, now().plus(Duration.ofMinutes(40)));
        bet(cancelled, manager, "4.00", "COMPLETED");
        ok(api.post("/api/orders/" + cancelled + "/cancel").bearer(payer.token())
                .json(Map.of("reason", "plans changed")).send());
        awaitStatus(cancelled, "CANCELLED");
        awaitPool(cancelled, "SETTLED");

        // the supplier refuses this client's cookies: the kit is flagged and never ready
        refusingSupplier = TestSupplier.server().stubFor(post(urlEqualTo("/v1/cookie-orders")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.client.email", equalTo(unlucky.email())))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\": \"we do not deliver to roofs\"}")));
        String unassembled = place(unlucky, grooming, now().plus(Duration.ofMinutes(12)));
        awaitKitStatus(unassembled, "COOKIE_ORDER_FAILED");

        // assigned and never checked in; checked in and never reported (a one-minute service)
        String noCheckIn = assigned(debtor, grooming, now().plus(Duration.ofMinutes(10)));
        bet(noCheckIn, manager, "7.00", "FAILED");
        bet(noCheckIn, secondManager.token(), "3.00", "COMPLETED");
        String unreported = assigned(debtor, nap, now().plus(Duration.ofMinutes(10)));
        String reporter = given.workerToken(workerOf(unreported));
        upload(unreported, "check-in", reporter);
        awaitStatus(unreported, "IN_PROGRESS");

        // a quarter of an hour later every deadline of those three has passed
        clock.shift(Duration.ofMinutes(15));
        awaitFailure(noCheckIn, "NO_CHECK_IN");
        awaitFailure(unassembled, "SUPPLIES_NOT_READY");
        awaitReview(unreported, "REPORT_MISSING");
        // the worker and the managers hear of the missing report; the order stays in progress until the report
        String missing = "Заказ " + unreported + ": нет отчёта о выполнении";
        String reporterEmail = list(api.get("/api/workers").bearer(manager).send().json()).stream()
                .filter(hired -> hired.get("id").asText().equals(workerOf(unreported)))
                .map(hired -> hired.get("email").asText()).findFirst().orElseThrow();
        await().atMost(WAIT).until(() -> subjectsTo(reporterEmail).contains(missing)
                && subjectsTo(IntegrationTest.ADMIN_EMAIL).contains(missing));
        assertThat(order(unreported).get("status").asText()).isEqualTo("IN_PROGRESS");
        upload(unreported, "report", reporter);
        awaitStatus(unreported, "COMPLETED");
        assertThat(list(api.get("/api/quality-reviews?status=OPEN").bearer(manager).send().json()).stream()
                .filter(review -> review.get("orderId").asText().equals(unreported))).hasSize(1);
        awaitPool(noCheckIn, "SETTLED");

        // reviews: opened by the failures and the cancellation, one done, one opened by hand
        String failedReview = awaitReview(noCheckIn, "ORDER_FAILED");
        ok(api.post("/api/quality-reviews/" + failedReview + "/result").bearer(manager).json(Map.of(
                "verdict", "WORKER_FAULT", "clientContacted", true, "findings", "the worker did not come",
                "actions", "talked to the worker")).send());
        awaitReview(unassembled, "ORDER_FAILED");
        awaitReview(cancelled, "ORDER_CANCELLED");
        created(api.post("/api/quality-reviews").bearer(manager).json(Map.of("orderId", completed)).send());
        awaitReview(completed, "MANUAL");

        // the unassembled order re-ordered; the copy's cookie is refused too, and a manager cancels it
        String copy = created(api.post("/api/orders/" + unassembled + "/reorder").bearer(unlucky.token())
                .json(Map.of("scheduledAt", now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS)
                        .toString())).send());
        awaitKitStatus(copy, "COOKIE_ORDER_FAILED");
        ok(api.post("/api/orders/" + copy + "/cancel").bearer(manager)
                .json(Map.of("reason", "the supplier will not deliver there")).send());
        awaitStatus(copy, "CANCELLED");

        assertThat(api.post("/api/workers/" + completedWorker + "/bonuses").bearer(manager)
                .json(Map.of("amount", 25, "reason", "great brushing")).send().status()).isEqualTo(201);
        ok(api.put("/api/service-types/" + bathing).bearer(manager).json(Map.of("name", bathingName,
                "description", "a warm bath with foam", "durationMinutes", 45, "active", false)).send());

        closeTheWeekAndTheMonth(payer, debtor, completedWorker);
    }

    private void hireThroughTestsAndActivate() {
        String manager = given.managerToken();
        String agility = created(api.post("/api/tests").bearer(manager).json(Map.of("name",
                Fixtures.unique("Agility"), "description", "how quick", "maxScore", 10, "passScore", 6)).send());
        String purring = created(api.post("/api/tests").bearer(manager).json(Map.of("name",
                Fixtures.unique("Purring"), "description", "how loud", "maxScore", 100, "passScore", 50)).send());
        String vacancy = created(api.post("/api/vacancies").bearer(manager).json(Map.of("title", "Groomer",
                "description", "brushes", "testIds", List.of(agility))).send());
        String email = Fixtures.unique("barsik") + "@example.com";
        String application = created(api.post("/api/applications").from(Api.asClient()).json(Map.of(
                "vacancyId", vacancy, "name", "Barsik", "email", email, "phone", "+7 900 111-22-33",
                "characteristics", Map.of("breed", "Мейн-кун", "color", "чёрный", "sex", "M",
                        "birthDate", "2021-05-10"), "about", "I purr on request")).send());
        String path = "/api/applications/" + application;
        ok(api.post(path + "/contact").bearer(manager).json(Map.of("note", "called; very fluffy")).send());
        ok(api.post(path + "/tests").bearer(manager).json(Map.of("testIds", List.of(purring))).send());
        ok(api.post(path + "/tests/" + agility + "/result").bearer(manager)
                .json(Map.of("score", 8, "passed", true, "comment", "quick paws")).send());
        ok(api.post(path + "/tests/" + purring + "/result").bearer(manager)
                .json(Map.of("score", 70, "passed", true)).send());
        Api.Response hired = ok(api.post(path + "/hire").bearer(manager).json(Map.of("payoutAccount", "GH-" + email))
                .send());
        given.workerToken(hired.json().get("workerId").asText()); // sets its password with the emailed token
        ok(api.put("/api/vacancies/" + vacancy).bearer(manager).json(Map.of("title", "Groomer",
                "description", "brushes", "testIds", List.of(agility), "open", false)).send());
    }

    private void rejectAnApplication() {
        String application = created(api.post("/api/applications").from(Api.asClient()).json(Map.of(
                "name", "Murzik", "email", Fixtures.unique("murzik") + "@example.com", "phone", "+7 900 444-55-66",
                "characteristics", Map.of("breed", "Sphynx", "color", "pink", "sex", "M",
                        "birthDate", "2020-02-02"))).send());
        ok(api.post("/api/applications/" + application + "/reject").bearer(given.managerToken())
                .json(Map.of("reason", "allergic to water")).send());
    }

    /**
     * Monday 00:00 in Moscow: a manager closes the week (the payer's invoice PAID from its balance, the debtor's
     * UNPAID); the 1st at 00:00: a manager closes the month, and Golden Hat pays the worker who earned.
     */
    private void closeTheWeekAndTheMonth(Fixtures.Account payer, Fixtures.Account debtor, String earner) {
        LocalDate sunday = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monthEnd = today().with(TemporalAdjusters.lastDayOfMonth());
        moveClockTo(startOf(sunday.plusDays(1)).plusSeconds(5));
        JsonNode week = closePeriod("CLIENT_WEEKLY", sunday);
        await().atMost(WAIT).until(() -> count("client_invoices") == week.get("invoices").asLong());
        await().atMost(WAIT).until(() -> invoiceStatuses("/api/clients/" + payer.id()).equals(List.of("PAID"))
                && invoiceStatuses("/api/clients/" + debtor.id()).equals(List.of("UNPAID")));

        moveClockTo(startOf(monthEnd.plusDays(1)).plusSeconds(5));
        JsonNode month = closePeriod("WORKER_MONTHLY", monthEnd);
        await().atMost(WAIT).until(() -> count("worker_invoices") == month.get("invoices").asLong()
                && invoiceStatuses("/api/workers/" + earner).equals(List.of("PAID"))
                && jdbc.queryForObject("select count(*) from worker_invoices where status = 'PAYOUT_PENDING'",
                Long.class) == 0);
    }

    // ----------------------------------------------------------------------------------------------------------
    // the replay

    /** Replays every replayable processor, after checking that none of the others may be replayed. */
    private void replayEveryProjection() throws Exception {
        for (String other : names(processors(), p -> !p.path("replayable").asBoolean())) {
            assertProblem(replay(other), 409);
        }
        aSecondReplayOfARunningOneIs409("accounts-projection", "account_view");
        for (String name : names(processors(), p -> p.path("replayable").asBoolean())) {
            if (!name.equals("accounts-projection")) {
                Api.Response replayed = replay(name);
                assertThat(replayed.status()).as(name + ": " + replayed).isEqualTo(202);
            }
        }
    }

    /**
     * A replay asked for while the same group's replay runs is refused. So that the first is still running whatever
     * the machine's speed, a trigger holds its first write to {@code table} until the test lets it go. The second
     * request is sent aside, so that the test lets go after a while even if that request waited for the first.
     */
    private void aSecondReplayOfARunningOneIs409(String group, String table) throws Exception {
        jdbc.execute("create or replace function replay_it_hold() returns trigger language plpgsql as $$ begin "
                + "perform pg_advisory_xact_lock_shared(" + HOLD + "); return new; end $$");
        jdbc.execute("create trigger replay_it_hold before insert on " + table
                + " for each row execute function replay_it_hold()");
        Api.Response first;
        CompletableFuture<Api.Response> second;
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource());
        try (Connection holder = dataSource.getConnection();
             Statement statement = holder.createStatement()) {
            statement.execute("select pg_advisory_lock(" + HOLD + ")");
            try {
                first = replay(group);
                second = CompletableFuture.supplyAsync(() -> replay(group));
                try {
                    second.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException stillWaiting) {
                    // answered once the hold is let go, and checked below
                }
            } finally {
                statement.execute("select pg_advisory_unlock(" + HOLD + ")");
            }
        } finally {
            jdbc.execute("drop trigger if exists replay_it_hold on " + table);
            jdbc.execute("drop function if exists replay_it_hold()");
        }
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertProblem(second.get(30, TimeUnit.SECONDS), 409);
    }

    private Api.Response replay(String name) {
        return api.post("/api/admin/processors/" + name + "/replay").bearer(given.managerToken()).send();
    }

    /** Every replay caught up: not replaying, no lag, the time it started shown, the head the event store's. */
    private void awaitReplaysCaughtUp() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(processors()).filteredOn(p -> p.path("replayable").asBoolean()).allSatisfy(p -> {
                    assertThat(p.path("replaying").asBoolean()).as(p + ": replaying").isFalse();
                    assertThat(p.path("lag").asLong()).as(p + ": lag").isZero();
                    assertThat(p.path("replayStartedAt").isTextual()).as(p + ": replayStartedAt").isTrue();
                }));
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        assertThat(processors()).filteredOn(p -> p.path("replayable").asBoolean()).allSatisfy(p -> {
            assertThat(p.path("head").asLong(-1)).as(p + ": head").isEqualTo(head);
            assertThat(OffsetDateTime.parse(p.get("replayStartedAt").asText())).as(p + ": replayStartedAt")
                    .isNotNull();
        });
    }

    /**
     * Takes the first row (by key) out of every projection table, so that only a rebuild brings them back. Not out of
     * {@code application_view}: its reset deletes each application's tests and notes through the application's row,
     * so the tests and notes of an application taken out here would outlive the reset and clash with the rebuilt ones.
     */
    private void spoilEveryProjectionTable() {
        for (String table : projectionTables()) {
            if (table.equals("application_view")) {
                continue;
            }
            jdbc.update("delete from " + table + " where ctid = (select ctid from " + table + " order by "
                    + String.join(", ", keyOf(table)) + " limit 1)");
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // tables and rows

    private static List<String> projectionTables() {
        return PROJECTION_TABLES.values().stream().flatMap(List::stream).sorted().toList();
    }

    /** Every table of the database is a projection's or one of the others: a new projection table is not missed. */
    private void assertEveryTableIsKnown() {
        Set<String> tables = new TreeSet<>(jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class));
        Set<String> unknown = new TreeSet<>(tables);
        unknown.removeAll(projectionTables());
        unknown.removeAll(OTHER_TABLES);
        assertThat(unknown).as("tables in neither PROJECTION_TABLES (which a replay must rebuild) nor OTHER_TABLES")
                .isEmpty();
        assertThat(tables).as("the projection tables exist").containsAll(projectionTables());
    }

    /** A table's primary key columns, in order, from the catalog. */
    private static List<String> keyOf(String table) {
        return keys.computeIfAbsent(table, name -> {
            List<String> columns = jdbc.queryForList("select k.column_name "
                    + "from information_schema.table_constraints c join information_schema.key_column_usage k "
                    + "on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name "
                    + "and k.table_name = c.table_name where c.table_schema = current_schema() and c.table_name = ? "
                    + "and c.constraint_type = 'PRIMARY KEY' order by k.ordinal_position", String.class, name);
            assertThat(columns).as("the primary key of " + name).isNotEmpty();
            return columns;
        });
    }

    /** Every projection table's rows, ordered by their full key, every column. */
    private static Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        for (String table : projectionTables()) {
            rows.put(table, jdbc.queryForList("select * from " + table + " order by "
                    + String.join(", ", keyOf(table))));
        }
        return rows;
    }

    /** What differs, row by row and column by column: a row missing, a row added, a value changed. */
    private static List<String> differences(Map<String, List<Map<String, Object>>> before,
                                            Map<String, List<Map<String, Object>>> after) {
        List<String> found = new ArrayList<>();
        before.forEach((table, rows) -> {
            Map<List<Object>, Map<String, Object>> was = byKey(table, rows);
            Map<List<Object>, Map<String, Object>> is = byKey(table, after.get(table));
            was.forEach((key, row) -> {
                Map<String, Object> rebuilt = is.get(key);
                if (rebuilt == null) {
                    found.add(table + " " + key + ": missing after the replay; was " + row);
                    return;
                }
                row.forEach((column, value) -> {
                    if (!Objects.deepEquals(value, rebuilt.get(column))) {
                        found.add(table + " " + key + " " + column + ": " + value + " before, " + rebuilt.get(column)
                                + " after the replay");
                    }
                });
            });
            is.forEach((key, row) -> {
                if (!was.containsKey(key)) {
                    found.add(table + " " + key + ": new after the replay: " + row);
                }
            });
        });
        return found;
    }

    private static Map<List<Object>, Map<String, Object>> byKey(String table, List<Map<String, Object>> rows) {
        Map<List<Object>, Map<String, Object>> keyed = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            keyed.put(keyOf(table).stream().map(row::get).toList(), row);
        }
        return keyed;
    }

    // ----------------------------------------------------------------------------------------------------------
    // side effects

    /**
     * What the world saw of this application: its events, the emails it queued and sent (the outbox) and that the
     * mail server received (by their notification id), the cookie orders the supplier received (by order id) and the
     * payouts Golden Hat received (by invoice id). The servers are the whole run's, so only this application's count.
     */
    record SideEffects(long events, long emailsQueued, long emailsSent, long emailsReceived, long cookieOrders,
                       long payouts) {
    }

    private static SideEffects sideEffects(Set<String> workerInvoices) {
        Set<String> outbox = new HashSet<>(jdbc.queryForList("select cast(id as varchar) from notification_outbox",
                String.class));
        long received = TestSmtp.messagesTo(recipient -> true).stream()
                .filter(mail -> outbox.contains(TestSmtp.notificationId(mail))).count();
        Set<String> orders = new HashSet<>(jdbc.queryForList("select distinct aggregate_identifier "
                + "from domain_event_entry where type = 'Order'", String.class));
        long cookieOrders = TestSupplier.server().findAll(postRequestedFor(urlEqualTo("/v1/cookie-orders"))).stream()
                .filter(request -> orders.contains(request.getHeader("Idempotency-Key"))).count();
        long payouts = TestGoldenHat.server().findAll(postRequestedFor(urlEqualTo("/v1/payouts"))).stream()
                .map(request -> request.getHeader("Idempotency-Key"))
                .filter(key -> key != null && workerInvoices.stream().anyMatch(key::startsWith)).count();
        return new SideEffects(eventCount(), outbox.size(),
                jdbc.queryForObject("select coalesce(sum(sent_count), 0) from notification_outbox", Long.class),
                received, cookieOrders, payouts);
    }

    private static long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static long deadLetters() {
        return jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class);
    }

    private static long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Nothing left to do: no event added for a while, every processor at the head, every email sent. */
    private void awaitQuiet() {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long events = eventCount();
            boolean stable = events == last[0];
            last[0] = events;
            return stable && processors().stream().allMatch(p -> p.path("lag").asLong() == 0)
                    && jdbc.queryForObject("select count(*) from notification_outbox where status = 'PENDING'",
                    Long.class) == 0;
        });
    }

    // ----------------------------------------------------------------------------------------------------------
    // helpers of the story

    private List<JsonNode> processors() {
        Api.Response listed = api.get("/api/admin/processors").bearer(given.managerToken()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        listed.json().forEach(all::add);
        return all;
    }

    private static Set<String> names(List<JsonNode> processors, Predicate<JsonNode> which) {
        return processors.stream().filter(which).map(p -> p.get("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Instant now() {
        return clock.instant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(now(), MOSCOW);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(MOSCOW).toInstant();
    }

    /** Moves the application's clock to {@code moment} and logs in afresh (the old tokens expired). */
    private void moveClockTo(Instant moment) {
        clock.shift(Duration.between(now(), moment));
        given = new Fixtures(api);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private String place(Fixtures.Account client, String serviceType, Instant start) {
        return created(api.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, start.truncatedTo(ChronoUnit.SECONDS))).send());
    }

    /** An order of {@code client}, its kit made ready by hand, assigned to a worker. */
    private String assigned(Fixtures.Account client, String serviceType, Instant start) {
        String orderId = place(client, serviceType, start);
        makeKitReady(orderId, false);
        awaitStatus(orderId, "ASSIGNED");
        return orderId;
    }

    private Optional<JsonNode> kitOf(String orderId) {
        JsonNode kits = api.get("/api/supply-kits").bearer(assembler.token()).send().json();
        return StreamSupport.stream(kits.spliterator(), false)
                .filter(kit -> kit.path("orderId").asText().equals(orderId)).findFirst();
    }

    /** The cookie received (by hand, or by the supplier's signed webhook once it confirmed the order), then packed. */
    private void makeKitReady(String orderId, boolean cookieByWebhook) {
        await().atMost(WAIT).until(() -> kitOf(orderId).isPresent());
        String kitId = kitOf(orderId).orElseThrow().get("id").asText();
        if (cookieByWebhook) {
            await().atMost(WAIT).until(() -> "CONFIRMED".equals(kitOf(orderId).orElseThrow().path("cookie")
                    .path("status").asText()));
            byte[] body = ("{\"eventId\": \"evt-" + UUID.randomUUID() + "\", \"type\": \"cookie.delivered\", "
                    + "\"supplierOrderId\": \"SUP-DEFAULT\", \"reference\": \"" + orderId + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            Api.Response delivered = api.post("/api/integrations/supplier/events").header("X-Signature",
                            WebhookSignatures.sign(TestSupplier.WEBHOOK_SECRET, now().getEpochSecond(), body))
                    .json(new String(body, StandardCharsets.UTF_8)).send();
            assertThat(delivered.status()).as(delivered.toString()).isEqualTo(204);
        } else {
            ok(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send());
        }
        ok(api.post("/api/supply-kits/" + kitId + "/packed").bearer(assembler.token()).send());
    }

    private static List<JsonNode> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> subjectsTo(String email) {
        return TestSmtp.messagesTo(email).stream().map(TestSmtp::subject).toList();
    }

    private JsonNode order(String orderId) {
        return api.get("/api/orders/" + orderId).bearer(given.managerToken()).send().json();
    }

    private String workerOf(String orderId) {
        return order(orderId).get("workerId").asText();
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(WAIT).until(() -> status.equals(order(orderId).path("status").asText()));
    }

    private void awaitFailure(String orderId, String reason) {
        awaitStatus(orderId, "FAILED");
        assertThat(order(orderId).path("failureReason").asText()).isEqualTo(reason);
    }

    private void awaitKitStatus(String orderId, String kitStatus) {
        await().atMost(WAIT).until(() -> kitStatus.equals(order(orderId).path("kitStatus").asText()));
    }

    private void upload(String orderId, String step, String workerToken) {
        ok(api.post("/api/orders/" + orderId + "/" + step).bearer(workerToken)
                .multipart("photo", step + ".png", Fixtures.png(), "image/png").send());
    }

    private String bet(String orderId, String managerToken, String amount, String outcome) {
        return created(api.post("/api/orders/" + orderId + "/bets").bearer(managerToken)
                .json(Map.of("amount", new BigDecimal(amount), "outcome", outcome)).send());
    }

    private void awaitPool(String orderId, String status) {
        await().atMost(WAIT).until(() -> status.equals(api.get("/api/orders/" + orderId + "/bets")
                .bearer(given.managerToken()).send().json().path("status").asText()));
    }

    /** The id of the review of {@code orderId} opened by {@code trigger}, once it shows. */
    private String awaitReview(String orderId, String trigger) {
        Supplier<Optional<JsonNode>> review = () -> StreamSupport.stream(api
                        .get("/api/quality-reviews").bearer(given.managerToken()).send().json().spliterator(), false)
                .filter(r -> r.path("orderId").asText().equals(orderId) && r.path("trigger").asText().equals(trigger))
                .findFirst();
        await().atMost(WAIT).until(() -> review.get().isPresent());
        return review.get().orElseThrow().get("id").asText();
    }

    /** A manager's period close, run to its end: the run as listed. */
    private JsonNode closePeriod(String kind, LocalDate periodEnd) {
        Api.Response run = api.post("/api/admin/billing/runs").bearer(given.managerToken())
                .json(Map.of("kind", kind, "periodEnd", periodEnd.toString())).send();
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        String runId = run.json().get("runId").asText();
        Supplier<Optional<JsonNode>> finished = () -> StreamSupport.stream(api
                        .get("/api/admin/billing/runs").bearer(given.managerToken()).send().json().spliterator(), false)
                .filter(listed -> listed.path("id").asText().equals(runId) && listed.path("finishedAt").isTextual())
                .findFirst();
        await().atMost(WAIT).until(() -> finished.get().isPresent());
        return finished.get().orElseThrow();
    }

    /** The statuses of an account's invoices ({@code /api/clients/{id}} or {@code /api/workers/{id}}). */
    private List<String> invoiceStatuses(String account) {
        return StreamSupport.stream(api.get(account + "/invoices").bearer(given.managerToken()).send().json()
                .spliterator(), false).map(invoice -> invoice.path("status").asText()).toList();
    }
}
