package io.catwork.ops.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay of a projection on every node at once. Axon resets a processor's tokens only when one node can claim them
 * all, so a replay is first recorded (REQUESTED): every node lets go of the processor's segments at its next heartbeat,
 * the node that was asked resets the tokens (the projection's reset handler clears its tables) and marks the replay
 * RUNNING with the head it has to reach; then the segments are split between the nodes again and each replays its own.
 * One replay of a processor at a time: a second request while one is requested or running is refused.
 */
public class ClusterReplay implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterReplay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionManager axonTransactions;
    private final TokenStore tokenStore;
    private final ProcessorTokens tokens;
    private final String nodeId;
    private final Duration timeout;
    private final LongSupplier head;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(new AxonThreadFactory("replay"));

    public ClusterReplay(JdbcTemplate jdbc, TransactionTemplate transactions, TransactionManager axonTransactions,
                         TokenStore tokenStore, ProcessorTokens tokens, String nodeId, Duration timeout,
                         LongSupplier head) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.axonTransactions = axonTransactions;
        this.tokenStore = tokenStore;
        this.tokens = tokens;
        this.nodeId = nodeId;
        this.timeout = timeout;
        this.head = head;
    }

    /** The last replay of a processor, as recorded, and whether it is still going on. */
    public record Replay(String processor, String state, String requestedBy, OffsetDateTime requestedAt,
                         OffsetDateTime startedAt, Long headAtStart, OffsetDateTime finishedAt, boolean inProgress) {
    }

    public Optional<Replay> of(String processor) {
        return read(processor, false);
    }

    /**
     * The processors whose replay is requested and not yet started, with the node that was asked: no other node may
     * hold their segments.
     */
    public Map<String, String> requested() {
        OffsetDateTime now = now();
        Map<String, String> requested = new HashMap<>();
        jdbc.query("select processor_name, requested_by, requested_at from processor_replay where state = 'REQUESTED'",
                row -> {
                    if (fresh(row.getObject("requested_at", OffsetDateTime.class), now)) {
                        requested.put(row.getString("processor_name"), row.getString("requested_by"));
                    }
                });
        return requested;
    }

    /**
     * Records a replay of {@code processor} and starts it from this node; false (and nothing changes) when one is
     * already requested or running.
     */
    public boolean request(StreamingEventProcessor processor) {
        String name = processor.getName();
        OffsetDateTime requestedAt;
        try {
            requestedAt = transactions.execute(status -> {
                Optional<Replay> last = read(name, true);
                if (last.isPresent() && last.get().inProgress()) {
                    return null;
                }
                OffsetDateTime now = now();
                if (last.isEmpty()) {
                    jdbc.update("insert into processor_replay (processor_name, state, requested_by, requested_at)"
                            + " values (?, 'REQUESTED', ?, ?)", name, nodeId, now);
                } else {
                    jdbc.update("update processor_replay set state = 'REQUESTED', requested_by = ?, requested_at = ?,"
                            + " started_at = null, head_at_start = null, finished_at = null where processor_name = ?",
                            nodeId, now, name);
                }
                return now;
            });
        } catch (DuplicateKeyException concurrent) {
            return false;
        }
        if (requestedAt == null) {
            return false;
        }
        executor.execute(() -> perform(processor, requestedAt));
        return true;
    }

    /**
     * Resets the processor's tokens once the other nodes have let go of them. Every change of state names this very
     * request, so a request that outlived its time cannot overwrite a later one.
     */
    private void perform(StreamingEventProcessor processor, OffsetDateTime requestedAt) {
        String name = processor.getName();
        processor.shutDown();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean restart = true;
        try {
            while (true) {
                try {
                    long headAtStart = head.getAsLong();
                    processor.resetTokens();
                    guarded(name, requestedAt, "RUNNING", "update processor_replay set state = 'RUNNING',"
                            + " started_at = current_timestamp, head_at_start = ?", headAtStart);
                    releaseClaims(name);
                    log.info("replay of {} started from node {} (head {})", name, nodeId, headAtStart);
                    return;
                } catch (RuntimeException othersHoldSegments) {
                    if (System.nanoTime() > deadline) {
                        failed(name, requestedAt);
                        log.error("replay of {} failed: its segments were not let go of within {}", name, timeout,
                                othersHoldSegments);
                        return;
                    }
                    Thread.sleep(500);
                }
            }
        } catch (InterruptedException closing) {
            // this node stops: the replay is given up (nothing was reset) and the processor stays down with the node
            restart = false;
            Thread.currentThread().interrupt();
            failed(name, requestedAt);
        } finally {
            if (restart) {
                try {
                    processor.start();
                } catch (RuntimeException e) {
                    log.error("{} could not be started again after its replay was asked for", name, e);
                }
            }
        }
    }

    private void failed(String processor, OffsetDateTime requestedAt) {
        guarded(processor, requestedAt, "FAILED",
                "update processor_replay set state = 'FAILED', finished_at = current_timestamp");
    }

    /** {@code update} (its set clause and arguments), applied only if this request is still the one REQUESTED. */
    private void guarded(String processor, OffsetDateTime requestedAt, String state, String update,
                         Object... arguments) {
        Object[] all = new Object[arguments.length + 3];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = processor;
        all[arguments.length + 1] = nodeId;
        all[arguments.length + 2] = requestedAt;
        if (jdbc.update(update + " where processor_name = ? and state = 'REQUESTED' and requested_by = ?"
                + " and requested_at = ?", all) == 0) {
            log.warn("the replay of {} asked at {} was replaced by another request; it is not marked {}", processor,
                    requestedAt, state);
        }
    }

    /** The reset claimed every segment for this node; let go of them so the balancer splits them again at once. */
    private void releaseClaims(String name) {
        axonTransactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.releaseClaim(name, segment);
            }
        });
    }

    private Optional<Replay> read(String processor, boolean lock) {
        List<Replay> rows = jdbc.query("select processor_name, state, requested_by, requested_at, started_at,"
                        + " head_at_start, finished_at from processor_replay where processor_name = ?"
                        + (lock ? " for update" : ""),
                (row, i) -> new Replay(row.getString("processor_name"), row.getString("state"),
                        row.getString("requested_by"), row.getObject("requested_at", OffsetDateTime.class),
                        row.getObject("started_at", OffsetDateTime.class),
                        (Long) row.getObject("head_at_start", Long.class),
                        row.getObject("finished_at", OffsetDateTime.class), false), processor);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Replay replay = rows.get(0);
        return Optional.of(switch (replay.state()) {
            case "REQUESTED" -> withProgress(replay, fresh(replay.requestedAt(), now()));
            case "RUNNING" -> finishedOrRunning(replay);
            default -> replay;
        });
    }

    /**
     * A running replay is over when no segment replays any more and every segment has passed the head it started at.
     */
    private Replay finishedOrRunning(Replay replay) {
        List<ProcessorTokens.SegmentToken> segments = tokens.of(replay.processor());
        boolean behind = segments.isEmpty() || segments.stream().anyMatch(segment -> segment.replaying()
                || segment.position() == null && replay.headAtStart() >= 0
                || segment.position() != null && segment.position() < replay.headAtStart());
        if (behind) {
            return withProgress(replay, true);
        }
        jdbc.update("update processor_replay set state = 'DONE', finished_at = current_timestamp"
                + " where processor_name = ? and state = 'RUNNING'", replay.processor());
        return read(replay.processor(), false).orElseThrow();
    }

    private static Replay withProgress(Replay replay, boolean inProgress) {
        return new Replay(replay.processor(), replay.state(), replay.requestedBy(), replay.requestedAt(),
                replay.startedAt(), replay.headAtStart(), replay.finishedAt(), inProgress);
    }

    /** A request nobody started within twice the timeout (its node died) no longer holds the processor. */
    private boolean fresh(OffsetDateTime requestedAt, OffsetDateTime now) {
        return requestedAt.isAfter(now.minus(timeout.multipliedBy(2)));
    }

    private OffsetDateTime now() {
        return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
