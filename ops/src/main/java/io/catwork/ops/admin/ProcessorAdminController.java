package io.catwork.ops.admin;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.ProcessingKind;
import io.catwork.common.api.Role;
import io.catwork.ops.processing.DeclaredProcessing;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
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
 * Managers see every event processor with the kind its module declared, its position and lag, and replay (rebuild)
 * projections. Lookups, sagas and side effects (emails, supplier calls, payouts) can never be replayed: 409.
 */
@Access(Role.MANAGER)
@RestController
@RequestMapping("/api/admin/processors")
class ProcessorAdminController {
    private static final Logger audit = LoggerFactory.getLogger("io.catwork.audit");

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeclaredProcessing declared;

    ProcessorAdminController(EventProcessingConfiguration processing, EventStore eventStore,
                             DeclaredProcessing declared) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.declared = declared;
    }

    record ProcessorView(String name, ProcessingKind kind, boolean replayable, String status, boolean replaying,
                         Long position, long lag) {
    }

    @GetMapping
    List<ProcessorView> list() {
        long head = position(eventStore.createHeadToken()).orElse(-1);
        return processing.eventProcessors().values().stream()
                .map(processor -> view(processor, head))
                .sorted(Comparator.comparing(ProcessorView::name))
                .toList();
    }

    /** Rebuilds a projection: its reset handler clears its tables, its dead letters are dropped, it starts over. */
    @PostMapping("/{name}/replay")
    ResponseEntity<Void> replay(Actor actor, @PathVariable String name) {
        EventProcessor processor = processing.eventProcessor(name)
                .orElseThrow(() -> CatworkException.notFound("processor " + name));
        if (!replayable(processor)) {
            throw new CatworkException(CommonErrorCode.CONFLICT, name + " is not a replayable projection");
        }
        StreamingEventProcessor streaming = (StreamingEventProcessor) processor;
        streaming.shutDown();
        try {
            streaming.resetTokens();
        } catch (RuntimeException e) {
            throw new CatworkException(CommonErrorCode.CONFLICT, "could not reset " + name
                    + ": another node holds some of its segments (" + e.getMessage() + ")");
        } finally {
            streaming.start();
        }
        audit.info("manager {} replays {}", actor.id(), name);
        return ResponseEntity.accepted().build();
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
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(processor.getName(), kind(processor), false, status, false, null, 0);
        }
        OptionalLong position = streaming.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .map(ProcessorAdminController::position)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        Long at = position.isPresent() ? position.getAsLong() : null;
        long lag = head < 0 ? 0 : Math.max(0, head - (at == null ? -1 : at));
        return new ProcessorView(processor.getName(), kind(processor), replayable(processor), status,
                streaming.isReplaying(), at, lag);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
