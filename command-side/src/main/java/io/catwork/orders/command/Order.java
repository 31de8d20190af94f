package io.catwork.orders.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import io.catwork.orders.api.AssignWorkerCommand;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.MarkSuppliesReadyCommand;
import io.catwork.orders.api.NoWorkerAvailableEvent;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.RecordNoWorkerAvailableCommand;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.PlaceOrderCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One order through its whole life (DOMAIN.md §2). This slice places and cancels; supplies, matching, check-in and
 * the report add their commands here, moving {@link #status} along {@link OrderStatus}.
 */
@Aggregate
class Order {
    @AggregateIdentifier
    private OrderId orderId;
    private AccountId clientId;
    private ServiceTypeId serviceTypeId;
    private int durationMinutes;
    private OrderStatus status;

    Order() {
        // for event sourcing
    }

    @CommandHandler
    Order(PlaceOrderCommand command) {
        if (command.scheduledAt().isBefore(command.earliestStart())) {
            throw CatworkException.invalid("scheduledAt",
                    "must not be earlier than " + command.earliestStart() + " (the minimum lead time)");
        }
        apply(new OrderPlacedEvent(command.orderId(), command.clientId(), command.serviceTypeId(),
                command.durationMinutes(), command.scheduledAt(), command.address(), command.description(),
                command.placedAt()));
    }

    @CommandHandler
    void handle(CancelOrderCommand command) {
        Actor actor = command.requestedBy();
        if (actor.is(Role.CLIENT)) {
            if (!actor.isAccount(clientId)) {
                throw CatworkException.notFound("order");
            }
            if (!status.isBeforeCheckIn()) {
                throw new CatworkException(ErrorCode.ORDER_NOT_CANCELLABLE,
                        "a client can cancel only before the worker checks in; the order is " + status);
            }
        } else if (actor.is(Role.MANAGER)) {
            if (status.isFinal()) {
                throw new CatworkException(ErrorCode.ORDER_NOT_CANCELLABLE, "the order is already " + status);
            }
        } else {
            throw new CatworkException(ErrorCode.FORBIDDEN, "only the client or a manager can cancel an order");
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

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        clientId = event.clientId();
        serviceTypeId = event.serviceTypeId();
        durationMinutes = event.durationMinutes();
        status = OrderStatus.NEW;
    }

    @EventSourcingHandler
    void on(OrderSuppliesReadyEvent event) {
        status = OrderStatus.SUPPLIES_READY;
    }

    @EventSourcingHandler
    void on(WorkerAssignedEvent event) {
        status = OrderStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }
}
