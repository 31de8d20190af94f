package io.catwork.bets.api;

import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderStatus;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The order reached {@code finalStatus}: the pot went to the winning bets ({@code payouts}, summing to the pot), or,
 * with no winner, all of it to the developers' fund ({@code developersShare}).
 */
@Revision("1")
public record PoolSettledEvent(OrderId orderId, OrderStatus finalStatus, Money pot, List<Payout> payouts,
                               Money developersShare) {

    public record Payout(BetId betId, Money amount) {
    }
}
