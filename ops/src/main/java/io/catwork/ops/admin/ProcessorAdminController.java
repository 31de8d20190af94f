package io.catwork.ops.admin;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.ProcessingKind;
import io.catwork.common.api.Role;
import io.catwork.ops.cluster.ClusterConfiguration;
import io.catwork.ops.cluster.ClusterReplay;
import io.catwork.ops.cluster.NodeRegistry;
import io.catwork.ops.cluster.ProcessorTokens;
import io.catwork.ops.cluster.ProcessorTokens.SegmentToken;
import io.catwork.ops.processing.DeclaredProcessing;
import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers see every event processor with the kind its module declared, where it has got to on every node (its
 * segments' positions and owners, from the token store), and replay (rebuild) projections on every node at once
 * ({@link ClusterReplay}). Lookups, sagas and side effects (emails, supplier calls, payouts) can never be replayed,
 * and a projection already replaying cannot be replayed again until it has caught up: 409.
 */
@Access(Role.MANAGER)
@RestController
@RequestMapping("/api/admin")
class ProcessorAdminController {
    private static final Logger audit = LoggerFactory.getLogger("io.catwork.audit");

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeclaredProcessing declared;
    private final ProcessorTokens tokens;
    private final ClusterReplay replays;
    private final NodeRegistry nodes;

    ProcessorAdminController(EventProcessingConfiguration processing, EventStore eventStore,
                             DeclaredProcessing declared, ProcessorTokens tokens, ClusterReplay replays,
                             NodeRegistry nodes) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.declared = declared;
        this.tokens = tokens;
        this.replays = replays;
        this.nodes = nodes;
    }

    /**
     * One processor. {@code status}: on the node that answers; {@code position}: the lowest of its segments', on all
     * nodes; {@code lag}: events stored after it; {@code replaying}: a replay is requested or has not yet caught up
     * with the head it started at ({@code replayStartedAt}, {@code replayFinishedAt} of the last one).
     */
    record ProcessorView(String name, ProcessingKind kind, boolean replayable, String status, boolean replaying,
                         Long position, long head, long lag, String replayState, OffsetDateTime replayRequestedAt,
                         OffsetDateTime replayStartedAt, OffsetDateTime replayFinishedAt,
                         List<SegmentToken> segments) {
    }

    @Operation(summary = "List the event processors with their positions and lag")
    @GetMapping("/processors")
    List<ProcessorView> list() {
        long head = ClusterConfiguration.head(eventStore);
        return processing.eventProcessors().values().stream()
                .map(processor -> view(processor, head))
                .sorted(Comparator.comparing(ProcessorView::name))
                .toList();
    }

    /** Rebuilds a projection: its reset handler clears its tables, its dead letters are dropped, it starts over. */
    @Operation(summary = "Replay (rebuild) a projection on every node")
    @PostMapping("/processors/{name}/replay")
    ResponseEntity<Void> replay(Actor actor, @PathVariable String name) {
        if (!replays.request(replayable(name))) {
            throw new CatworkException(CommonErrorCode.CONFLICT, name + " is already replaying");
        }
        audit.info("manager {} replays {}", actor.id(), name);
        return ResponseEntity.accepted().build();
    }

    /** The processor {@code name} if managers may replay it: 404 if there is none, 409 if it is not a projection. */
    StreamingEventProcessor replayable(String name) {
        EventProcessor processor = processing.eventProcessor(name)
                .orElseThrow(() -> CatworkException.notFound("processor " + name));
        if (!replayable(processor)) {
            throw new CatworkException(CommonErrorCode.CONFLICT, name + " is not a replayable projection");
        }
        return (StreamingEventProcessor) processor;
    }

    /** A node of the cluster, and the segments it holds ({@code processor/segment}). */
    record NodeView(String id, OffsetDateTime startedAt, OffsetDateTime heartbeatAt, boolean alive, boolean self,
                    List<String> segments) {
    }

    @Operation(summary = "List the cluster's nodes and the segments each holds")
    @GetMapping("/nodes")
    List<NodeView> nodes() {
        Map<String, List<String>> held = processing.eventProcessors().keySet().stream()
                .flatMap(name -> tokens.of(name).stream().filter(segment -> segment.owner() != null)
                        .map(segment -> Map.entry(segment.owner(), name + "/" + segment.segment())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return nodes.nodes().stream()
                .map(node -> new NodeView(node.id(), node.startedAt(), node.heartbeatAt(), node.alive(),
                        node.id().equals(nodes.nodeId()), held.getOrDefault(node.id(), List.of()).stream()
                        .sorted().toList()))
                .toList();
    }

    private ProcessingKind kind(EventProcessor processor) {
        return declared.kindOf(processor.getName()).orElseThrow(() -> new IllegalStateException(
                "processor " + processor.getName() + " is not declared by any module"));
    }

    private boolean replayable(EventProcessor processor) {
        return kind(processor).replayable()
                && processor instanceof StreamingEventProcessor streaming && streaming.supportsReset();
    }

    private ProcessorView view(EventProcessor processor, long head) {
        String status = processor.isError() ? "ERROR" : processor.isRunning() ? "RUNNING" : "STOPPED";
        if (!(processor instanceof StreamingEventProcessor)) {
            return new ProcessorView(processor.getName(), kind(processor), false, status, false, null, head, 0,
                    null, null, null, null, List.of());
        }
        List<SegmentToken> segments = tokens.of(processor.getName());
        Long at = ProcessorTokens.position(segments);
        long lag = head < 0 ? 0 : Math.max(0, head - (at == null ? -1 : at));
        ClusterReplay.Replay replay = replays.of(processor.getName()).orElse(null);
        boolean replaying = replay != null && replay.inProgress()
                || segments.stream().anyMatch(SegmentToken::replaying);
        return new ProcessorView(processor.getName(), kind(processor), replayable(processor), status, replaying, at,
                head, lag, replay == null ? null : replay.state(), replay == null ? null : replay.requestedAt(),
                replay == null ? null : replay.startedAt(), replay == null ? null : replay.finishedAt(), segments);
    }
}
