package io.catwork.bets.command;

import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Settles an order's pool when the order reaches a final state. A pool settles once, so a redelivered event changes
 * nothing; an order nobody bet on has no pool. Never replayed; a failure is parked for its order alone.
 */
@Component
@ProcessingGroup(BetSettlementPolicy.GROUP)
@DisallowReplay
class BetSettlementPolicy {
    static final String GROUP = "bets-settlement";

    private final BetsLookup lookup;
    private final CommandGateway commands;

    BetSettlementPolicy(BetsLookup lookup, CommandGateway commands) {
        this.lookup = lookup;
        this.commands = commands;
    }

    @EventHandler
    void on(OrderCompletedEvent event) {
        settle(event.orderId(), OrderStatus.COMPLETED);
    }

    @EventHandler
    void on(OrderFailedEvent event) {
        settle(event.orderId(), OrderStatus.FAILED);
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        settle(event.orderId(), OrderStatus.CANCELLED);
    }

    private void settle(OrderId orderId, OrderStatus finalStatus) {
        if (lookup.hasBets(orderId)) {
            commands.sendAndWait(new BetCommands.SettlePool(orderId, finalStatus));
        }
    }
}
