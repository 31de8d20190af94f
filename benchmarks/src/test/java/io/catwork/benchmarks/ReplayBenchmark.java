package io.catwork.benchmarks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.billing.api.ClientChargeDroppedEvent;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.ClientCreditedEvent;
import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientInvoiceUnpaidEvent;
import io.catwork.billing.api.ClientToppedUpEvent;
import io.catwork.billing.api.PayoutFailedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.billing.api.WorkerBonusGivenEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.orders.api.OrderEvent;
import io.catwork.supplies.api.CookieOrderFailedEvent;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark B2: replaying projections over a million events. catwork.jar runs as its own process with
 * {@code -Xmx512m}. It is started once on a fresh database (Flyway creates the schema; every processor sets up its
 * tokens) and stopped; the event store is then seeded with {@link ReplaySeed} (whole order lives and the billing
 * streams they cause, written as Catwork writes them) and every processor except the three measured is moved to the
 * head, so that no saga, email, supplier call or payout ever sees the seeded events. A raw read of the same events
 * (JDBC streaming {@code payload_type, payload} in {@code global_index} order, each payload deserialized into its
 * event class by a mapper configured as Catwork's) sets the limit. Catwork is started again; once the three groups
 * have built their views, a manager replays each in turn ({@code POST /api/admin/processors/{name}/replay}) and the
 * replay is timed until {@code GET /api/admin/processors} shows it done ({@code replaying} false, {@code lag} 0).
 * The three: {@code benchmark-noop-projection} (every event, no work: Axon's own cost;
 * {@code catwork.benchmark.noop-projection=true}), {@code orders-projection} and {@code billing-projection}. Their
 * events/s are set against the raw read: goal at least 0.20 for the no-op group, 0.05 for the projections. The run
 * fails when an event was parked or a view does not hold exactly what was seeded.
 */
class ReplayBenchmark {
    static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 10_000);
    static final int WORKERS = Integer.getInteger("bench.workers", 1_000);
    static final int ORDERS_PER_WEEK = Integer.getInteger("bench.orders-per-week", 8_000);
    /** Whether the three groups build their views from the seeded events before the first replay (else: empty). */
    static final boolean BUILD_FIRST = Boolean.parseBoolean(System.getProperty("bench.build-first", "true"));
    static final String NOOP = "benchmark-noop-projection";
    static final String ORDERS = "orders-projection";
    static final String BILLING = "billing-projection";
    static final List<String> MEASURED = List.of(NOOP, ORDERS, BILLING);
    static final List<String> ARGUMENTS = List.of("--catwork.benchmark.noop-projection=true",
            "--catwork.billing.scheduler-enabled=false");
    static final Duration AT_MOST = Duration.ofHours(2);
    static final Set<Class<?>> BILLING_HANDLES = Set.of(AccountRegisteredEvent.class, ClientToppedUpEvent.class,
            ClientChargedEvent.class, ClientChargeDroppedEvent.class, ClientInvoiceIssuedEvent.class,
            ClientInvoicePaidEvent.class, ClientInvoiceUnpaidEvent.class, ClientCreditedEvent.class,
            WorkerEarnedEvent.class, WorkerFineRecordedEvent.class, WorkerBonusGivenEvent.class,
            WorkerInvoiceIssuedEvent.class, PayoutRequestedEvent.class, PayoutSucceededEvent.class,
            PayoutFailedEvent.class);

    /** The raw read: every event of the store, streamed and deserialized; how many of each class. */
    record RawRead(long events, double seconds, Map<Class<?>, Long> classes) {
        double perSecond() {
            return events / seconds;
        }

        long matching(Predicate<Class<?>> handled) {
            return classes.entrySet().stream().filter(entry -> handled.test(entry.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** One replay, from the request to the poll that saw it done, with the heap and CPU Catwork used meanwhile. */
    record Replay(String processor, double seconds, double maxHeapMb, double minHeapMb, double cpuSeconds) {
    }

    @Test
    void replayOrderAndBillingProjections() throws Exception {
        Files.deleteIfExists(Path.of("target/catwork-benchmark.log"));
        String database = CatworkProcess.createDatabase();
        try {
            Set<String> streaming;
            try (CatworkProcess first = CatworkProcess.onDatabase(database, ARGUMENTS)) {
                streaming = awaitTokens(new Http(first.port));
            }
            Serializer serializer = ReplaySeed.serializer();
            long seeding = System.nanoTime();
            ReplaySeed.Seeded seeded;
            try (Connection connection = CatworkProcess.connect(database)) {
                seeded = new ReplaySeed(serializer, EVENTS, CLIENTS, WORKERS, ORDERS_PER_WEEK).write(connection);
                moveToHead(connection, serializer, seeded.lastIndex(), streaming,
                        BUILD_FIRST ? Set.copyOf(MEASURED) : Set.of());
                connection.setAutoCommit(true);
                try (Statement vacuum = connection.createStatement()) {
                    vacuum.execute("vacuum (analyze) domain_event_entry");
                }
            }
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            RawRead firstRead = rawRead(database);
            RawRead secondRead = rawRead(database); // the first also warms this JVM's Jackson up
            RawRead raw = secondRead.seconds() < firstRead.seconds() ? secondRead : firstRead;

            try (CatworkProcess catwork = CatworkProcess.onDatabase(database, ARGUMENTS)) {
                Http http = new Http(catwork.port);
                String manager = http.login(CatworkProcess.ADMIN, CatworkProcess.ADMIN_PASSWORD);
                long building = System.nanoTime();
                awaitCaughtUp(http, manager);
                double buildSeconds = (System.nanoTime() - building) / 1e9;
                requireNoDeadLetters(database, "building the views");
                double idleHeap = catwork.heapUsedBytes() / 1e6;

                List<Replay> replays = new ArrayList<>();
                for (String processor : MEASURED) {
                    awaitCaughtUp(http, manager);
                    replays.add(replay(http, manager, catwork, processor));
                }
                print(seeded, seedSeconds, buildSeconds, raw, replays, idleHeap);
                requireNoDeadLetters(database, "the replays");
                requireViews(database, seeded);
            }
        } finally {
            CatworkProcess.sql("drop database if exists " + database + " with (force)");
        }
    }

    private static void print(ReplaySeed.Seeded seeded, double seedSeconds, double buildSeconds, RawRead raw,
                              List<Replay> replays, double idleHeap) {
        System.out.printf(Locale.ROOT, "%nReplay benchmark (B2): catwork.jar -Xmx512m on PostgreSQL, %d events "
                        + "(%d orders, %d clients, %d workers)%n", raw.events(), seeded.orders(), seeded.clients(),
                seeded.workers());
        System.out.printf(Locale.ROOT, "seeded with COPY in %.0f s; %s%n", seedSeconds, BUILD_FIRST
                ? String.format(Locale.ROOT, "the three groups built their views at once in %.0f s after the start", buildSeconds)
                : "the views were empty before the first replay (-Dbench.build-first=false)");
        System.out.printf(Locale.ROOT, "raw read (JDBC stream + Jackson, best of 2)   : %8.0f events/s "
                + "(%d in %.1f s)%n", raw.perSecond(), raw.events(), raw.seconds());
        long ordersHandle = raw.matching(type -> OrderEvent.class.isAssignableFrom(type)
                || type == SupplyKitReadyEvent.class || type == CookieOrderFailedEvent.class);
        long billingHandles = raw.matching(BILLING_HANDLES::contains);
        for (Replay replay : replays) {
            double perSecond = raw.events() / replay.seconds();
            double ratio = perSecond / raw.perSecond();
            double goal = replay.processor().equals(NOOP) ? 0.20 : 0.05;
            long handled = switch (replay.processor()) {
                case ORDERS -> ordersHandle;
                case BILLING -> billingHandles;
                default -> raw.events();
            };
            System.out.printf(Locale.ROOT, "%-45s: %8.0f events/s (%d in %.1f s), %.3f of the raw read (goal >= "
                            + "%.2f) %s; limit %.0f events/s%n", "replay of " + replay.processor(), perSecond,
                    raw.events(), replay.seconds(), ratio, goal, ratio >= goal ? "met" : "NOT MET",
                    goal * raw.perSecond());
            System.out.printf(Locale.ROOT, "%-45s  %d events handled, %.2f ms of Catwork CPU per 1,000 events "
                            + "(%.2f cores busy); heap %.0f to %.0f MB%n", "", handled,
                    1e6 * replay.cpuSeconds() / raw.events(), replay.cpuSeconds() / replay.seconds(),
                    replay.minHeapMb(), replay.maxHeapMb());
        }
        System.out.printf(Locale.ROOT, "catwork heap used (garbage included): %.0f MB idle after the build, at most "
                        + "%.0f MB during the replays (-Xmx512m)%n%n", idleHeap,
                replays.stream().mapToDouble(Replay::maxHeapMb).max().orElse(0));
    }

    /**
     * On the first start: waits until every streaming processor has its tokens, and answers their names. Fails when
     * the no-op group is missing (the property did not take).
     */
    private static Set<String> awaitTokens(Http http) {
        String manager = http.login(CatworkProcess.ADMIN, CatworkProcess.ADMIN_PASSWORD);
        Set<String> streaming = new TreeSet<>();
        await("every streaming processor has its tokens").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> {
                    streaming.clear();
                    boolean ready = true;
                    for (JsonNode processor : http.get("/api/admin/processors", manager).json()) {
                        if (!processor.path("kind").asText().equals("LOOKUP")) {
                            streaming.add(processor.path("name").asText());
                            ready &= !processor.path("segments").isEmpty();
                        }
                    }
                    return ready;
                });
        assertTrue(streaming.containsAll(MEASURED), "the measured groups among the processors " + streaming
                + " (catwork.benchmark.noop-projection=true adds " + NOOP + ")");
        return streaming;
    }

    /**
     * Moves every processor except {@code keep} to the last seeded event, with Catwork stopped: sagas and side effects
     * never see the seeded events (no email, cookie order or payout), and the other projections do not compete with
     * the measured ones. Claims and the stopped node are dropped so that the next start takes every segment at once.
     */
    private static void moveToHead(Connection connection, Serializer serializer, long head, Set<String> streaming,
                                   Set<String> keep) throws Exception {
        SerializedObject<byte[]> token = serializer.serialize(GapAwareTrackingToken.newInstance(head, List.of()),
                byte[].class);
        Set<String> present = new TreeSet<>();
        try (ResultSet rows = connection.createStatement()
                .executeQuery("select distinct processor_name from token_entry")) {
            while (rows.next()) {
                present.add(rows.getString(1));
            }
        }
        assertTrue(present.containsAll(streaming), "tokens of " + streaming + " stored: " + present);
        try (PreparedStatement update = connection.prepareStatement(
                "update token_entry set token = ?, token_type = ?, owner = null where processor_name = ?");
             Statement statement = connection.createStatement()) {
            for (String processor : present) {
                if (!keep.contains(processor)) {
                    update.setBytes(1, token.getData());
                    update.setString(2, token.getType().getName());
                    update.setString(3, processor);
                    update.addBatch();
                }
            }
            update.executeBatch();
            statement.executeUpdate("update token_entry set owner = null");
            statement.executeUpdate("delete from catwork_node");
        }
        connection.commit();
    }

    /**
     * Every event of the store in {@code global_index} order, streamed 1,000 rows at a time (a cursor: autocommit off
     * and a fetch size), each payload deserialized into its class by a mapper configured as Catwork's.
     */
    private static RawRead rawRead(String database) throws Exception {
        ObjectMapper mapper = ReplaySeed.storedMessageMapper();
        Map<String, Class<?>> types = new HashMap<>();
        Map<Class<?>, Long> classes = new HashMap<>();
        long events = 0;
        long start = System.nanoTime();
        try (Connection connection = CatworkProcess.connect(database)) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "select payload_type, payload from domain_event_entry order by global_index")) {
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Class<?> type = types.computeIfAbsent(rows.getString(1), ReplayBenchmark::load);
                        Object event = mapper.readValue(rows.getBytes(2), type);
                        classes.merge(event.getClass(), 1L, Long::sum);
                        events++;
                    }
                }
            }
            connection.commit();
        }
        return new RawRead(events, (System.nanoTime() - start) / 1e9, classes);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("an event class the benchmark does not know: " + name, e);
        }
    }

    /** Waits until no processor is behind the head or replaying. */
    private static void awaitCaughtUp(Http http, String manager) {
        await("every processor caught up").atMost(AT_MOST).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() -> StreamSupport.stream(http.get("/api/admin/processors", manager).json().spliterator(),
                                false)
                        .allMatch(processor -> processor.path("lag").asLong(-1) == 0
                                && !processor.path("replaying").asBoolean()));
    }

    /** Replays one processor: timed from the request to the first poll that finds it done; samples the heap. */
    private static Replay replay(Http http, String manager, CatworkProcess catwork, String name) throws Exception {
        double cpuBefore = catwork.cpuSeconds();
        long start = System.nanoTime();
        Http.Answer requested = http.post("/api/admin/processors/" + name + "/replay", manager, Map.of());
        if (requested.status() != 202) {
            throw new IllegalStateException("replay of " + name + " refused: " + requested.status() + " "
                    + requested.body());
        }
        double maxHeap = 0;
        double minHeap = Double.MAX_VALUE;
        for (int poll = 0; ; poll++) {
            TimeUnit.MILLISECONDS.sleep(500);
            if (System.nanoTime() - start > AT_MOST.toNanos()) {
                throw new IllegalStateException("the replay of " + name + " did not finish within " + AT_MOST);
            }
            JsonNode processor;
            try {
                processor = processor(http, manager, name);
                if (poll % 4 == 0) {
                    double heap = catwork.heapUsedBytes();
                    maxHeap = Math.max(maxHeap, heap);
                    minHeap = Math.min(minHeap, heap);
                }
            } catch (IOException | UncheckedIOException slow) {
                System.out.println("a sample timed out during the replay of " + name + ": " + slow);
                continue;
            }
            if (processor.path("status").asText().equals("ERROR")) {
                throw new IllegalStateException(name + " failed during its replay: " + processor);
            }
            if (processor.path("replayState").asText().equals("FAILED")) {
                throw new IllegalStateException("the replay of " + name + " failed: " + processor);
            }
            if (processor.path("replayState").asText().equals("DONE") && !processor.path("replaying").asBoolean()
                    && processor.path("lag").asLong(-1) == 0) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Replay(name, seconds, maxHeap / 1e6, minHeap == Double.MAX_VALUE ? 0 : minHeap / 1e6,
                catwork.cpuSeconds() - cpuBefore);
    }

    private static JsonNode processor(Http http, String manager, String name) {
        for (JsonNode processor : http.get("/api/admin/processors", manager).json()) {
            if (processor.path("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new IllegalStateException("no processor " + name);
    }

    private static void requireNoDeadLetters(String database, String during) throws Exception {
        Map<String, Long> parked = new TreeMap<>();
        try (Connection connection = CatworkProcess.connect(database);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select processing_group, count(*) from dead_letter_entry group by processing_group")) {
            while (rows.next()) {
                parked.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertTrue(parked.isEmpty(), "events parked during " + during + " (see target/catwork-benchmark.log): "
                + parked);
    }

    /** The views hold exactly what was seeded: every order, account, charge and invoice, and every order's end. */
    private static void requireViews(String database, ReplaySeed.Seeded seeded) throws Exception {
        try (Connection connection = CatworkProcess.connect(database)) {
            assertEquals(seeded.orders(), count(connection, "select count(*) from order_view"), "order_view rows");
            assertEquals(seeded.completed(), count(connection,
                    "select count(*) from order_view where status = 'COMPLETED'"), "COMPLETED orders in order_view");
            assertEquals(seeded.clients(), count(connection, "select count(*) from client_balance"),
                    "client_balance rows");
            assertEquals(seeded.workers(), count(connection, "select count(*) from worker_earnings"),
                    "worker_earnings rows");
            assertEquals(seeded.charges(), count(connection, "select count(*) from client_charge"),
                    "client_charge rows");
            assertEquals(seeded.clientInvoices(), count(connection, "select count(*) from client_invoices"),
                    "client_invoices rows");
            assertEquals(seeded.workerInvoices(), count(connection, "select count(*) from worker_invoices"),
                    "worker_invoices rows");
        }
    }

    private static long count(Connection connection, String query) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
