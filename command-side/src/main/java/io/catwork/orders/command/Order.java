package io.catwork.orders.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.CommonErrorCode;
import io.catwork.common.api.MessageKeys;
import io.catwork.common.api.Role;
import io.catwork.orders.api.AssignWorkerCommand;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.CheckInCommand;
import io.catwork.orders.api.FailureReason;
import io.catwork.orders.api.NoWorkerAvailableEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderErrorCode;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderReorderedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.PlaceOrderCommand;
import io.catwork.orders.api.RecordNoWorkerAvailableCommand;
import io.catwork.orders.api.ReorderCommand;
import io.catwork.orders.api.ReportMissingEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.SubmitReportCommand;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.orders.api.WorkerFinedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One order through its whole life (DOMAIN.md §2): NEW → SUPPLIES_READY → ASSIGNED → IN_PROGRESS → COMPLETED; or
 * FAILED at its check-in deadline (start plus grace; the persistent deadline is the order's saga's), or CANCELLED.
 */
@Aggregate
class Order {
    static final Duration CHECK_IN_OPENS_BEFORE_START = Duration.ofMinutes(60);
    static final BigDecimal NO_CHECK_IN_FINE = new BigDecimal("40.00");

    @AggregateIdentifier
    private OrderId orderId;
    private AccountId clientId;
    private ServiceTypeId serviceTypeId;
    private int durationMinutes;
    private Instant scheduledAt;
    private Instant checkInDeadline;
    private String address;
    private String description;
    private OrderStatus status;
    private AccountId workerId;
    private BigDecimal price;
    private boolean reordered;
    private boolean reportMissing;

    Order() {
        // for event sourcing
    }

    @CommandHandler
    Order(PlaceOrderCommand command) {
        if (command.scheduledAt().isBefore(command.earliestStart())) {
            throw CatworkException.invalid("scheduledAt",
                    "must not be earlier than " + command.earliestStart() + " (the minimum lead time)");
        }
        if (command.scheduledAt().isAfter(command.latestStart())) {
            throw CatworkException.invalid("scheduledAt",
                    "must not be later than " + command.latestStart() + " (the maximum lead time)");
        }
        apply(new OrderPlacedEvent(command.orderId(), command.clientId(), command.serviceTypeId(),
                command.durationMinutes(), command.scheduledAt(), command.address(), command.description(),
                command.placedAt(), command.scheduledAt().plus(command.checkInGrace()), command.reorderOf()));
    }

    @CommandHandler
    void handle(CancelOrderCommand command) {
        Actor actor = command.requestedBy();
        if (actor.is(Role.CLIENT)) {
            if (!actor.isAccount(clientId)) {
                throw CatworkException.notFound("order");
            }
            if (!status.isBeforeCheckIn()) {
                throw new CatworkException(OrderErrorCode.ORDER_NOT_CANCELLABLE,
                        "a client can cancel only before the worker checks in; the order is " + status);
            }
        } else if (actor.is(Role.MANAGER)) {
            if (status.isFinal()) {
                throw new CatworkException(OrderErrorCode.ORDER_NOT_CANCELLABLE, "the order is already " + status);
            }
        } else {
            throw new CatworkException(CommonErrorCode.FORBIDDEN, "only the client or a manager can cancel an order");
        }
        apply(new OrderCancelledEvent(orderId, actor, command.reason(), status, command.requestedAt()));
    }

    @CommandHandler
    void handle(MarkSuppliesReadyCommand command) {
        if (status == OrderStatus.NEW) {
            apply(new OrderSuppliesReadyEvent(orderId));
        }
    }

    /**
     * Sent by the matchmaker, which has reserved the worker; the order prices itself. Answers false, changing
     * nothing, when the order no longer waits for a worker (cancelled meanwhile), so the matchmaker frees the slot.
     */
    @CommandHandler
    boolean handle(AssignWorkerCommand command, PricingPolicy pricing) {
        if (status != OrderStatus.SUPPLIES_READY) {
            return false;
        }
        apply(new WorkerAssignedEvent(orderId, command.workerId(), command.workerCode(),
                pricing.price(serviceTypeId, durationMinutes)));
        return true;
    }

    @CommandHandler
    void handle(RecordNoWorkerAvailableCommand command) {
        if (status == OrderStatus.SUPPLIES_READY) {
            apply(new NoWorkerAvailableEvent(orderId));
        }
    }

    @CommandHandler
    void handle(CheckInCommand command) {
        requireAssignedWorker(command.worker());
        if (status != OrderStatus.ASSIGNED) {
            throw new CatworkException(OrderErrorCode.CHECK_IN_NOT_ALLOWED, "the order is " + status);
        }
        if (command.at().isBefore(scheduledAt.minus(CHECK_IN_OPENS_BEFORE_START))
                || command.at().isAfter(checkInDeadline)) {
            throw new CatworkException(OrderErrorCode.CHECK_IN_NOT_ALLOWED, "check-in is open from "
                    + scheduledAt.minus(CHECK_IN_OPENS_BEFORE_START) + " to " + checkInDeadline);
        }
        apply(new OrderStartedEvent(orderId, workerId, command.photoId(), command.photoSha256(), command.at()));
    }

    @CommandHandler
    void handle(SubmitReportCommand command) {
        requireAssignedWorker(command.worker());
        if (status != OrderStatus.IN_PROGRESS) {
            throw new CatworkException(OrderErrorCode.REPORT_NOT_ALLOWED,
                    "the order is " + status + ", not in progress");
        }
        apply(new OrderCompletedEvent(orderId, workerId, price, command.photoId(), command.photoSha256(),
                command.at()));
    }

    /**
     * The check-in deadline passed: an order nobody checked in to fails, and an assigned worker is fined. The system
     * decides this, so its events say so.
     */
    @CommandHandler
    void handle(CloseCheckInCommand command) {
        FailureReason reason = switch (status) {
            case NEW -> FailureReason.SUPPLIES_NOT_READY;
            case SUPPLIES_READY -> FailureReason.NO_WORKER_AVAILABLE;
            case ASSIGNED -> FailureReason.NO_CHECK_IN;
            default -> null;
        };
        if (reason == null) {
            return; // checked in, or already final: nothing to do
        }
        AccountId fined = reason == FailureReason.NO_CHECK_IN ? workerId : null;
        MetaData bySystem = MetaData.with(MessageKeys.ACTOR_ROLE, Role.SYSTEM.name());
        apply(new OrderFailedEvent(orderId, reason, fined, checkInDeadline), bySystem);
        if (fined != null) {
            apply(new WorkerFinedEvent(orderId, fined, NO_CHECK_IN_FINE, reason), bySystem);
        }
    }

    /** The report deadline passed: an order still in progress says its report is missing, once. */
    @CommandHandler
    void handle(FlagReportMissingCommand command) {
        if (status == OrderStatus.IN_PROGRESS && !reportMissing) {
            apply(new ReportMissingEvent(orderId, workerId, command.reportDue()),
                    MetaData.with(MessageKeys.ACTOR_ROLE, Role.SYSTEM.name()));
        }
    }

    /** Returns the copy's service type, address and description, for the new order. */
    @CommandHandler
    ReorderSource handle(ReorderCommand command) {
        if (!command.requestedBy().is(Role.CLIENT) || !command.requestedBy().isAccount(clientId)) {
            throw CatworkException.notFound("order");
        }
        if (status != OrderStatus.FAILED || reordered) {
            throw new CatworkException(OrderErrorCode.REORDER_NOT_ALLOWED,
                    reordered ? "the order was re-ordered already" : "only a failed order can be re-ordered");
        }
        apply(new OrderReorderedEvent(orderId, command.newOrderId()));
        return new ReorderSource(serviceTypeId, address, description);
    }

    record ReorderSource(ServiceTypeId serviceTypeId, String address, String description) {
    }

    /** The worker assigned to the order, or null. */
    AccountId assignedWorker() {
        return workerId;
    }

    private void requireAssignedWorker(Actor actor) {
        if (!actor.is(Role.WORKER) || workerId == null || !actor.isAccount(workerId)) {
            throw CatworkException.notFound("order");
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        clientId = event.clientId();
        serviceTypeId = event.serviceTypeId();
        durationMinutes = event.durationMinutes();
        scheduledAt = event.scheduledAt();
        checkInDeadline = event.checkInDeadline();
        address = event.address();
        description = event.description();
        status = OrderStatus.NEW;
    }

    @EventSourcingHandler
    void on(OrderSuppliesReadyEvent event) {
        status = OrderStatus.SUPPLIES_READY;
    }

    @EventSourcingHandler
    void on(WorkerAssignedEvent event) {
        status = OrderStatus.ASSIGNED;
        workerId = event.workerId();
        price = event.price();
    }

    @EventSourcingHandler
    void on(OrderStartedEvent event) {
        status = OrderStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ReportMissingEvent event) {
        reportMissing = true;
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent event) {
        status = OrderStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(OrderFailedEvent event) {
        status = OrderStatus.FAILED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderReorderedEvent event) {
        reordered = true;
    }
}
