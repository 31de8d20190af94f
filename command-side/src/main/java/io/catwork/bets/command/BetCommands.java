package io.catwork.bets.command;

import io.catwork.bets.api.BetId;
import io.catwork.bets.api.BetOutcome;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderStatus;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bets module's own commands, each to the pool of one order ({@link BetPool#streamOf}). */
final class BetCommands {
    private BetCommands() {
    }

    record PlaceBet(OrderId orderId, BetId betId, AccountId managerId, Money amount, BetOutcome outcome,
                    Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BetPool.streamOf(orderId);
        }
    }

    record SettlePool(OrderId orderId, OrderStatus finalStatus) {

        @TargetAggregateIdentifier
        String stream() {
            return BetPool.streamOf(orderId);
        }
    }

    record MarkBetPaid(OrderId orderId, BetId betId, AccountId markedBy, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BetPool.streamOf(orderId);
        }
    }
}
