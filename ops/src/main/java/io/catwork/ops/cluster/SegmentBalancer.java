package io.catwork.ops.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Splits the streaming processors' segments between the nodes alive. Axon lets the first node up claim every segment
 * and the others process nothing; here every node, at each heartbeat, lists every (processor, segment) pair in the same
 * order and deals them out in turn to the nodes alive (sorted by id), then lets go of -- and does not claim -- the
 * pairs dealt to another node, for a little longer than a heartbeat. When a node dies, the others stop leaving its
 * pairs free at their next heartbeat after its timeout and claim them once its token claims have expired. While a
 * replay is requested, no node holds the replayed processor's segments.
 */
public class SegmentBalancer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final NodeRegistry nodes;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ClusterReplay replays;
    private final ClusterProperties properties;
    private ScheduledExecutorService heartbeats;

    public SegmentBalancer(NodeRegistry nodes, EventProcessingConfiguration processing, TokenStore tokenStore,
                           TransactionManager transactions, ClusterReplay replays, ClusterProperties properties) {
        this.nodes = nodes;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.replays = replays;
        this.properties = properties;
    }

    /** A pair of the deal: one segment of one processor. */
    record Share(StreamingEventProcessor processor, int segment) {
    }

    /** One round: heartbeat, then let go of every segment dealt to another node or held for a replay. */
    void balance() {
        nodes.heartbeat();
        List<String> alive = nodes.alive();
        Map<String, String> replayed = replays.requested();
        List<Share> deal = deal();
        long holdOff = properties.heartbeatInterval().multipliedBy(2).toMillis()
                + properties.heartbeatInterval().toMillis() / 2;
        for (int i = 0; i < deal.size(); i++) {
            Share share = deal.get(i);
            boolean mine = alive.get(i % alive.size()).equals(nodes.nodeId());
            String replayedFrom = replayed.get(share.processor().getName());
            // the node that resets a replayed processor has shut it down; it must claim again once the replay runs
            if (!mine || replayedFrom != null && !replayedFrom.equals(nodes.nodeId())) {
                share.processor().releaseSegment(share.segment(), holdOff, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Every streaming processor's segments, by processor name then segment id: the same list on every node. */
    List<Share> deal() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .flatMap(processor -> IntStream.of(segments(processor)).sorted()
                        .mapToObj(segment -> new Share(processor, segment)))
                .toList();
    }

    private int[] segments(StreamingEventProcessor processor) {
        return transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor.getName()));
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("could not balance this node's segments ({}); trying again at the next heartbeat",
                    e.toString());
        }
    }

    @Override
    public void start() {
        heartbeats = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("cluster-heartbeat"));
        long every = properties.heartbeatInterval().toMillis();
        heartbeats.scheduleWithFixedDelay(this::balanceQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        heartbeats.shutdownNow();
        try {
            heartbeats.awaitTermination(5, TimeUnit.SECONDS);
            nodes.leave();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("could not leave the cluster cleanly ({}); the others notice at the node timeout", e.toString());
        }
        heartbeats = null;
    }

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }

    /** After Axon's processors have started, before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
