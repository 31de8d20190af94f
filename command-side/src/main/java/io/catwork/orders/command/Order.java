package io.catwork.orders.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import io.catwork.orders.api.CancelOrderCommand;
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

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        clientId = event.clientId();
        status = OrderStatus.NEW;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }
}
