package io.catwork.ops.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * order and deals them out to the nodes alive that run the processor ({@link #balance}), then lets go of -- and does
 * not claim -- the pairs dealt to another node, for a little longer than a heartbeat. When a node dies, the others
 * stop leaving its pairs free at their next heartbeat after its timeout and claim them once its token claims have
 * expired. While a replay is requested, no node holds the replayed processor's segments.
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
    private volatile boolean stopping;

    public SegmentBalancer(NodeRegistry nodes, EventProcessingConfiguration processing, TokenStore tokenStore,
                           TransactionManager transactions, ClusterReplay replays, ClusterProperties properties) {
        this.nodes = nodes;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.replays = replays;
        this.properties = properties;
    }

    /**
     * One round: heartbeat (with the processors this node runs), then let go of every segment dealt to another node
     * or held for a replay asked of another node. The processors every node alive runs are dealt out together, pair
     * by pair in turn, so the nodes' shares differ by one segment at most; a processor only some nodes run (a new
     * group during a rolling upgrade, one stopped on a node) is dealt among those alone, by its name, so a node never
     * leaves a segment to a node that would not process it.
     */
    void balance() {
        if (stopping) {
            return;
        }
        List<StreamingEventProcessor> processors = processors();
        nodes.heartbeat(processors.stream().filter(StreamingEventProcessor::isRunning)
                .map(StreamingEventProcessor::getName).toList());
        List<NodeRegistry.Node> alive = nodes.alive();
        List<String> aliveIds = alive.stream().map(NodeRegistry.Node::id).sorted().toList();
        Set<String> everywhere = alive.stream().map(NodeRegistry.Node::processors)
                .reduce((one, other) -> one.stream().filter(other::contains).collect(Collectors.toSet()))
                .orElse(Set.of());
        Map<String, String> replayed = replays.requested();
        long holdOff = properties.heartbeatInterval().multipliedBy(2).toMillis()
                + properties.heartbeatInterval().toMillis() / 2;
        int dealt = 0;
        for (StreamingEventProcessor processor : processors) {
            String name = processor.getName();
            List<String> runners = alive.stream().filter(node -> node.processors().contains(name))
                    .map(NodeRegistry.Node::id).sorted().toList();
            String replayedFrom = replayed.get(name);
            // the node that resets a replayed processor has shut it down; it must claim again once the replay runs
            boolean heldForReplay = replayedFrom != null && !replayedFrom.equals(nodes.nodeId());
            int[] segments = segments(processor);
            for (int i = 0; i < segments.length; i++) {
                String owner;
                if (everywhere.contains(name)) {
                    owner = aliveIds.get(dealt++ % aliveIds.size());
                } else if (runners.isEmpty()) {
                    owner = nodes.nodeId();
                } else {
                    owner = runners.get(Math.floorMod(name.hashCode() + i, runners.size()));
                }
                if (!owner.equals(nodes.nodeId()) || heldForReplay) {
                    processor.releaseSegment(segments[i], holdOff, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** Every streaming processor of this node, by name: in the same order on every node. */
    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    private int[] segments(StreamingEventProcessor processor) {
        int[] segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor.getName()));
        java.util.Arrays.sort(segments);
        return segments;
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (Throwable e) { // anything thrown out of a scheduled task would end the heartbeats silently
            log.warn("could not balance this node's segments ({}); trying again at the next heartbeat",
                    e.toString());
        }
    }

    @Override
    public void start() {
        stopping = false;
        heartbeats = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("cluster-heartbeat"));
        long every = properties.heartbeatInterval().toMillis();
        heartbeats.scheduleWithFixedDelay(this::balanceQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        stopping = true; // a heartbeat still running must not write this node back after it left
        heartbeats.shutdownNow();
        try {
            if (!heartbeats.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("the last heartbeat did not end within 5 s; the others see this node gone at its timeout");
            }
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
