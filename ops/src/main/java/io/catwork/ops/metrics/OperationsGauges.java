package io.catwork.ops.metrics;

import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.notifications.api.NotificationStatus;
import io.catwork.ops.cluster.ClusterConfiguration;
import io.catwork.ops.cluster.ProcessorTokens;
import io.catwork.ops.processing.DeclaredProcessing;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gauges of the operations dashboard that Axon and Spring do not give, read from the database (so they are the
 * cluster's, not one node's) and cached: a scrape reads at most every {@code catwork.metrics.gauge-refresh}, four
 * cheap queries (grouped counts, the tokens' few rows, the event store's head).
 * <ul>
 *   <li>{@code catwork_emails{status="PENDING"|"FAILED"}}: emails waiting to be sent, or given up;</li>
 *   <li>{@code catwork_payouts{status="PAYOUT_PENDING"|"PAYOUT_FAILED"}}: workers' invoices whose payout Golden Hat
 *       has not settled, or refused;</li>
 *   <li>{@code catwork_dead_letters{group}}: parked events per processing group that parks failures;</li>
 *   <li>{@code catwork_processor_lag{processor}}: events between the head of the event store and the slowest segment
 *       of each streaming processor (NaN before it has a token).</li>
 * </ul>
 */
public class OperationsGauges implements MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(OperationsGauges.class);
    static final List<NotificationStatus> EMAIL_STATUSES = List.of(NotificationStatus.PENDING,
            NotificationStatus.FAILED);
    static final List<WorkerInvoiceStatus> PAYOUT_STATUSES = List.of(WorkerInvoiceStatus.PAYOUT_PENDING,
            WorkerInvoiceStatus.PAYOUT_FAILED);

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final ProcessorTokens tokens;
    private final DeclaredProcessing declared;
    private final long refreshNanos;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot = Snapshot.NONE;
    private volatile long takenAt;
    private volatile boolean taken;

    public OperationsGauges(JdbcTemplate jdbc, EventStore eventStore, ProcessorTokens tokens,
                            DeclaredProcessing declared, Duration refresh) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.declared = declared;
        this.refreshNanos = refresh.toNanos();
    }

    /** What the database said at one moment. */
    record Snapshot(Map<String, Long> emails, Map<String, Long> payouts, Map<String, Long> deadLetters,
                    Map<String, Long> positions, long head) {
        static final Snapshot NONE = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), -1);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NotificationStatus status : EMAIL_STATUSES) {
            gauge(registry, "catwork.emails", "emails in the notification outbox by status", "status", status.name(),
                    now -> now.emails().getOrDefault(status.name(), 0L));
        }
        for (WorkerInvoiceStatus status : PAYOUT_STATUSES) {
            gauge(registry, "catwork.payouts", "workers' invoices by payout status", "status", status.name(),
                    now -> now.payouts().getOrDefault(status.name(), 0L));
        }
        for (ProcessingGroupDeclaration group : declared.all()) {
            if (!group.kind().parksFailures()) {
                continue; // a lookup fails its command instead: it has no dead letters and no token
            }
            gauge(registry, "catwork.dead.letters", "parked (dead-lettered) events per processing group", "group",
                    group.name(), now -> now.deadLetters().getOrDefault(group.name(), 0L));
            gauge(registry, "catwork.processor.lag", "events between the event store's head and the processor",
                    "processor", group.name(), now -> lag(now, group.name()));
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String tag, String value,
                       ToDoubleFunction<Snapshot> reading) {
        Gauge.builder(name, this, gauges -> reading.applyAsDouble(gauges.current()))
                .description(description)
                .tag(tag, value)
                .strongReference(true)
                .register(registry);
    }

    /** As the processors' admin counts it: the head's global index less the slowest segment's (-1 before any). */
    static double lag(Snapshot snapshot, String processor) {
        Long position = snapshot.positions().get(processor);
        return position == null ? Double.NaN : Math.max(0, snapshot.head() - position);
    }

    /** The last snapshot, read again when it is older than the refresh period (by one scraping thread only). */
    Snapshot current() {
        long now = System.nanoTime();
        if ((!taken || now - takenAt >= refreshNanos) && refreshing.tryLock()) {
            try {
                if (!taken || System.nanoTime() - takenAt >= refreshNanos) {
                    try {
                        snapshot = read();
                    } catch (RuntimeException e) {
                        log.warn("operations gauges not refreshed, showing the values of before: {}", e.toString());
                    }
                    takenAt = System.nanoTime();
                    taken = true;
                }
            } finally {
                refreshing.unlock();
            }
        }
        return snapshot;
    }

    Snapshot read() {
        Map<String, Long> emails = counts("select status, count(*) from notification_outbox where status in (?, ?)"
                + " group by status", EMAIL_STATUSES.get(0).name(), EMAIL_STATUSES.get(1).name());
        Map<String, Long> payouts = counts("select status, count(*) from worker_invoices where status in (?, ?)"
                + " group by status", PAYOUT_STATUSES.get(0).name(), PAYOUT_STATUSES.get(1).name());
        Map<String, Long> deadLetters = counts("select processing_group, count(*) from dead_letter_entry"
                + " group by processing_group");
        // the head first: a processor read after it can only be nearer to it, never ahead
        long head = ClusterConfiguration.head(eventStore);
        Map<String, Long> positions = new HashMap<>();
        tokens.all().forEach((processor, segments) -> {
            Long position = ProcessorTokens.position(segments);
            positions.put(processor, position == null ? -1 : position);
        });
        return new Snapshot(emails, payouts, deadLetters, positions, head);
    }

    private Map<String, Long> counts(String sql, Object... arguments) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, arguments);
        return counts;
    }
}
