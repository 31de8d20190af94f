package io.catwork.benchmarks;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Benchmark B4: period closes at scale. catwork.jar runs as its own process with {@code -Xmx512m}; the event store is
 * seeded (plain JDBC, in the stored format) with clients that each have one charge in a closed week and workers
 * that each have one earning in the closed month, then a manager's run closes the period through the REST API and
 * the run's invoices per second are set against a probe of the same PostgreSQL measured in the same run:
 * transactions of four inserts shaped like the event table, on 16 connections. The weekly close runs twice, for a
 * tenth of the clients and then for all of them, printing the heap the application used during each, to show that
 * memory does not grow with the number of accounts.
 */
class BillingCloseBenchmark {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final int CLIENTS = Integer.getInteger("bench.clients", 100_000);
    static final int WORKERS = Integer.getInteger("bench.workers", 10_000);
    static final int PROBE_SECONDS = Integer.getInteger("bench.probe-seconds", 10);
    static final String EVENT_INSERT = "insert into domain_event_entry (global_index, aggregate_identifier, "
            + "sequence_number, type, event_identifier, time_stamp, payload_type, payload_revision, payload, "
            + "meta_data) values (nextval('domain_event_entry_global_index_seq'), ?, 0, ?, ?, ?, ?, '1', ?, ?)";
    static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    record Close(int accounts, int invoices, double seconds, double maxHeapMb, double minHeapMb, double cpuMsPerInvoice) {
        double perSecond() {
            return invoices / seconds;
        }
    }

    @Test
    void weeklyAndMonthlyCloses() throws Exception {
        double probe = AppendProbe.transactionsPerSecond(PROBE_SECONDS, 4);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate weekBefore = lastWeek.minusWeeks(1);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        try (CatworkProcess catwork = new CatworkProcess(List.of("--catwork.billing.scheduler-enabled=false"))) {
            Http http = new Http(catwork.port);
            String manager = http.login(CatworkProcess.ADMIN, CatworkProcess.ADMIN_PASSWORD);
            double idleHeap = catwork.heapUsedBytes() / 1e6;

            seedClients(catwork.database, CLIENTS / 10, weekBefore);
            awaitCaughtUp(http, manager);
            Close small = close(http, manager, catwork, "CLIENT_WEEKLY", weekBefore.plusDays(6));
            seedClients(catwork.database, CLIENTS, lastWeek);
            awaitCaughtUp(http, manager);
            Close weekly = close(http, manager, catwork, "CLIENT_WEEKLY", lastWeek.plusDays(6));
            seedWorkers(catwork.database, WORKERS, lastMonth);
            awaitCaughtUp(http, manager);
            Close monthly = close(http, manager, catwork, "WORKER_MONTHLY",
                    lastMonth.with(TemporalAdjusters.lastDayOfMonth()));

            System.out.printf(Locale.ROOT, "%nBilling close benchmark (B4): catwork.jar -Xmx512m on PostgreSQL%n");
            System.out.printf(Locale.ROOT, "probe (16 connections, 4 inserts per commit) : %8.0f transactions/s%n",
                    probe);
            print("weekly close, " + small.accounts() + " clients", small, probe);
            print("weekly close, " + weekly.accounts() + " clients", weekly, probe);
            print("monthly close, " + monthly.accounts() + " workers", monthly, probe);
            System.out.printf(Locale.ROOT, "heap used (garbage included): idle %.0f MB; at most %.0f MB closing %d "
                    + "clients, %.0f MB closing %d (-Xmx512m)%n", idleHeap, small.maxHeapMb(), small.accounts(),
                    weekly.maxHeapMb(), weekly.accounts());
            System.out.printf(Locale.ROOT, "heap floor (lowest sample, about what survives a GC): %.0f MB closing %d "
                    + "clients, %.0f MB closing %d%n", small.minHeapMb(), small.accounts(), weekly.minHeapMb(),
                    weekly.accounts());
            System.out.printf(Locale.ROOT, "goal: invoices/s >= 0.25 of the probe (floor 0.10)%n%n");
        }
    }

    private static void print(String what, Close close, double probe) {
        System.out.printf(Locale.ROOT, "%-45s: %8.0f invoices/s (%d in %.1f s), %.3f of the probe, %.1f ms CPU per "
                + "invoice%n", what, close.perSecond(), close.invoices(), close.seconds(), close.perSecond() / probe,
                close.cpuMsPerInvoice());
    }

    /** A manager's run of one closed period, timed from the request to the run's end, sampling the heap meanwhile. */
    private static Close close(Http http, String manager, CatworkProcess catwork, String kind, LocalDate periodEnd)
            throws Exception {
        long start = System.nanoTime();
        Http.Answer requested = http.post("/api/admin/billing/runs", manager, Map.of("kind", kind,
                "periodEnd", periodEnd.toString()));
        if (requested.status() != 202) {
            throw new IllegalStateException("run refused: " + requested.body());
        }
        String runId = requested.json().get("runId").asText();
        double cpuBefore = catwork.cpuSeconds();
        double maxHeap = 0;
        double minHeap = Double.MAX_VALUE;
        JsonNode run = null;
        while (run == null) {
            TimeUnit.MILLISECONDS.sleep(500);
            try {
                double heap = catwork.heapUsedBytes();
                maxHeap = Math.max(maxHeap, heap);
                minHeap = Math.min(minHeap, heap);
                run = StreamSupport.stream(http.get("/api/admin/billing/runs", manager).json().spliterator(), false)
                        .filter(candidate -> candidate.get("id").asText().equals(runId)
                                && !candidate.path("finishedAt").isNull())
                        .findFirst().orElse(null);
            } catch (IOException | RuntimeException slow) {
                System.out.println("a sample timed out while the close runs: " + slow);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int invoices = run.get("invoices").asInt();
        return new Close(run.get("accounts").asInt(), invoices, seconds, maxHeap / 1e6, minHeap / 1e6,
                (catwork.cpuSeconds() - cpuBefore) * 1000 / Math.max(1, invoices));
    }

    /** Waits until every event processor has taken every seeded event, so that a close is timed on its own. */
    private static void awaitCaughtUp(Http http, String manager) {
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2)).until(() -> StreamSupport
                .stream(http.get("/api/admin/processors", manager).json().spliterator(), false)
                .allMatch(processor -> processor.path("lag").asLong() == 0));
    }

    /** Clients, each registered and charged 100.00 in the week that starts on {@code weekStart}. */
    private static void seedClients(String database, int count, LocalDate weekStart) throws Exception {
        Instant charged = weekStart.plusDays(2).atStartOfDay(ZONE).toInstant();
        seed(database, count, (insertEvent, insertAccount, insertDue, i) -> {
            UUID client = UUID.randomUUID();
            event(insertEvent, client.toString(), "Account", "io.catwork.accounts.api.AccountRegisteredEvent",
                    charged, "{\"accountId\":{\"value\":\"" + client + "\"},\"role\":\"CLIENT\",\"name\":\"Client "
                            + i + "\",\"email\":\"client-" + client + "@bench.test\",\"phone\":\"+7 900 000-00-00\","
                            + "\"address\":\"Roof " + i + "\",\"workerCode\":null}");
            event(insertEvent, "client-billing-" + client, "ClientAccount", "io.catwork.billing.api.ClientChargedEvent",
                    charged, "{\"accountId\":{\"value\":\"" + client + "\"},\"orderId\":{\"value\":\""
                            + UUID.randomUUID() + "\"},\"amount\":{\"amount\":100.00},\"weekStart\":\"" + weekStart
                            + "\",\"at\":\"" + charged + "\"}");
            account(insertAccount, client, "CLIENT", null);
            due(insertDue, "CLIENT_WEEKLY", client, weekStart);
        });
    }

    /** Workers, each registered and earning 60.00 for an order completed in the month that starts on {@code month}. */
    private static void seedWorkers(String database, int count, LocalDate month) throws Exception {
        Instant completed = month.plusDays(10).atStartOfDay(ZONE).toInstant();
        seed(database, count, (insertEvent, insertAccount, insertDue, i) -> {
            UUID worker = UUID.randomUUID();
            event(insertEvent, worker.toString(), "Account", "io.catwork.accounts.api.AccountRegisteredEvent",
                    completed, "{\"accountId\":{\"value\":\"" + worker + "\"},\"role\":\"WORKER\",\"name\":\"Worker "
                            + i + "\",\"email\":\"worker-" + worker + "@bench.test\",\"phone\":\"+7 900 000-00-00\","
                            + "\"address\":null,\"workerCode\":\"B" + i + "\"}");
            event(insertEvent, "worker-billing-" + worker, "WorkerAccount", "io.catwork.billing.api.WorkerEarnedEvent",
                    completed, "{\"accountId\":{\"value\":\"" + worker + "\"},\"orderId\":{\"value\":\""
                            + UUID.randomUUID() + "\"},\"price\":{\"amount\":100.00},\"amount\":{\"amount\":60.00},"
                            + "\"monthStart\":\"" + month + "\",\"at\":\"" + completed + "\"}");
            account(insertAccount, worker, "WORKER", "bench-payout-" + i);
            due(insertDue, "WORKER_MONTHLY", worker, month);
        });
    }

    interface Row {
        void add(PreparedStatement event, PreparedStatement account, PreparedStatement due, int index)
                throws Exception;
    }

    private static void seed(String database, int count, Row row) throws Exception {
        try (Connection connection = CatworkProcess.connect(database);
             PreparedStatement event = connection.prepareStatement(EVENT_INSERT);
             PreparedStatement account = connection.prepareStatement(
                     "insert into billing_account (account_id, role, payout_account) values (?, ?, ?)");
             PreparedStatement due = connection.prepareStatement(
                     "insert into billing_due (kind, account_id, period_start) values (?, ?, ?)")) {
            connection.setAutoCommit(false);
            List<PreparedStatement> statements = new ArrayList<>(List.of(event, account, due));
            for (int i = 0; i < count; i++) {
                row.add(event, account, due, i);
                if (i % 1000 == 999 || i == count - 1) {
                    for (PreparedStatement statement : statements) {
                        statement.executeBatch();
                    }
                    connection.commit();
                }
            }
        }
    }

    private static void event(PreparedStatement insert, String aggregate, String type, String payloadType,
                              Instant at, String payload) throws Exception {
        insert.setString(1, aggregate);
        insert.setString(2, type);
        insert.setString(3, UUID.randomUUID().toString());
        insert.setString(4, at.toString());
        insert.setString(5, payloadType);
        insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
        insert.setBytes(7, NO_META_DATA);
        insert.addBatch();
    }

    private static void account(PreparedStatement insert, UUID account, String role, String payoutAccount)
            throws Exception {
        insert.setObject(1, account);
        insert.setString(2, role);
        insert.setString(3, payoutAccount);
        insert.addBatch();
    }

    private static void due(PreparedStatement insert, String kind, UUID account, LocalDate periodStart)
            throws Exception {
        insert.setString(1, kind);
        insert.setObject(2, account);
        insert.setObject(3, periodStart);
        insert.addBatch();
    }
}
