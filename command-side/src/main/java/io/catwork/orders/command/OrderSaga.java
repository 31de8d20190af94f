package io.catwork.orders.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.catwork.matching.api.FindWorkerCommand;
import io.catwork.orders.api.NoWorkerAvailableEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.supplies.api.OpenSupplyKitCommand;
import io.catwork.supplies.api.SupplyKitId;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives an order from placement to its report (DOMAIN.md §2, §4, §5): opens the supply kit, marks the order's
 * supplies ready when the kit is, and asks the matchmaker for a worker, again every retry interval (a persistent
 * deadline) while none is free; holds the order's check-in deadline (start plus grace), which closes the check-in;
 * once the worker checks in, holds the report deadline (the service's end plus the report grace), which flags a
 * missing report. Ends when the report comes or the order is cancelled or failed. Every command it sends may be sent twice after a
 * redelivery, and is idempotent.
 *
 * <p>It keeps the id of each deadline it schedules and cancels by that id, which costs one row whatever the number of
 * orders; a deadline that fires clears its id.
 */
@Saga
@ProcessingGroup(OrderSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class OrderSaga {
    /** Axon's default name for this saga's processor, kept so that its token carries on. */
    static final String PROCESSING_GROUP = "OrderSagaProcessor";
    /** Every event this saga handles names its order: the association, and the sequence a failure parks. */
    static final String ASSOCIATION = "orderId";
    static final String MATCHING_RETRY = "matching-retry";
    static final String CHECK_IN_DEADLINE = "check-in";
    static final String REPORT_DEADLINE = "report";
    private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

    private OrderId orderId;
    private Instant start;
    private Instant end;
    private Instant checkInDeadline;
    private String checkInDeadlineId;
    private String matchingRetryId;
    private String reportDeadlineId;

    /** The kit of an order: a name-based id, so a redelivered placement opens the same kit. */
    static SupplyKitId kitOf(OrderId orderId) {
        return SupplyKitId.forOrder(orderId);
    }

    @StartSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderPlacedEvent event, CommandGateway commands, DeadlineManager deadlines) {
        orderId = event.orderId();
        start = event.scheduledAt();
        end = event.scheduledAt().plus(Duration.ofMinutes(event.durationMinutes()));
        checkInDeadline = event.checkInDeadline();
        dispatch(commands, new OpenSupplyKitCommand(kitOf(orderId), orderId, event.clientId(), event.address(),
                event.scheduledAt()));
        checkInDeadlineId = deadlines.schedule(checkInDeadline, CHECK_IN_DEADLINE, new CheckInDeadline(orderId));
    }

    /** The payload of the check-in deadline (a deadline handler's first parameter is its payload). */
    public record CheckInDeadline(OrderId orderId) {
    }

    @DeadlineHandler(deadlineName = CHECK_IN_DEADLINE)
    void closeCheckIn(CheckInDeadline deadline, CommandGateway commands) {
        checkInDeadlineId = null;
        dispatch(commands, new CloseCheckInCommand(orderId));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(SupplyKitReadyEvent event, CommandGateway commands) {
        dispatch(commands, new MarkSuppliesReadyCommand(orderId));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderSuppliesReadyEvent event, CommandGateway commands) {
        dispatch(commands, new FindWorkerCommand(orderId, start, end));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(NoWorkerAvailableEvent event, @Timestamp Instant at, DeadlineManager deadlines,
            OrdersProperties properties) {
        Instant retryAt = at.plus(properties.matchingRetryInterval());
        if (retryAt.isBefore(checkInDeadline)) {
            matchingRetryId = deadlines.schedule(retryAt, MATCHING_RETRY, new MatchingRetry(orderId));
        }
    }

    /** The payload of the matching retry deadline (a deadline handler's first parameter is its payload). */
    public record MatchingRetry(OrderId orderId) {
    }

    @DeadlineHandler(deadlineName = MATCHING_RETRY)
    void retryMatching(MatchingRetry retry, CommandGateway commands) {
        matchingRetryId = null;
        dispatch(commands, new FindWorkerCommand(orderId, start, end));
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(WorkerAssignedEvent event, DeadlineManager deadlines) {
        stopMatching(deadlines);
    }

    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderStartedEvent event, DeadlineManager deadlines, OrdersProperties properties) {
        stopMatching(deadlines);
        stopCheckInDeadline(deadlines);
        if (reportDeadlineId == null) {
            Instant due = end.plus(properties.reportGrace());
            reportDeadlineId = deadlines.schedule(due, REPORT_DEADLINE, new ReportDeadline(orderId, due));
        }
    }

    /** The payload of the report deadline (a deadline handler's first parameter is its payload). */
    public record ReportDeadline(OrderId orderId, Instant due) {
    }

    @DeadlineHandler(deadlineName = REPORT_DEADLINE)
    void reportMissing(ReportDeadline deadline, CommandGateway commands) {
        reportDeadlineId = null;
        dispatch(commands, new FlagReportMissingCommand(orderId, deadline.due()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderCompletedEvent event, DeadlineManager deadlines) {
        reportDeadlineId = cancel(deadlines, REPORT_DEADLINE, reportDeadlineId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderCancelledEvent event, DeadlineManager deadlines) {
        stopAll(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = ASSOCIATION)
    void on(OrderFailedEvent event, DeadlineManager deadlines) {
        stopAll(deadlines);
    }

    private void stopAll(DeadlineManager deadlines) {
        stopMatching(deadlines);
        stopCheckInDeadline(deadlines);
        reportDeadlineId = cancel(deadlines, REPORT_DEADLINE, reportDeadlineId);
    }

    private void stopMatching(DeadlineManager deadlines) {
        matchingRetryId = cancel(deadlines, MATCHING_RETRY, matchingRetryId);
    }

    private void stopCheckInDeadline(DeadlineManager deadlines) {
        checkInDeadlineId = cancel(deadlines, CHECK_IN_DEADLINE, checkInDeadlineId);
    }

    /** Cancels the deadline with this id, if one is pending; returns null, the id that is pending now. */
    private static String cancel(DeadlineManager deadlines, String name, String id) {
        if (id != null) {
            deadlines.cancelSchedule(name, id);
        }
        return null;
    }

    /**
     * Sends without blocking. On the local command bus the result is already known: a failure fails this event's
     * handling, so the saga's processor retries it. On a distributed bus a late failure is logged.
     */
    static void dispatch(CommandGateway commands, Object command) {
        CompletableFuture<Object> result = commands.send(command);
        if (result.isCompletedExceptionally()) {
            try {
                result.getNow(null);
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
            }
        }
        result.whenComplete((answer, failure) -> {
            if (failure != null) {
                log.error("{} failed", command.getClass().getSimpleName(), failure);
            }
        });
    }
}
