package io.catwork.bets.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A manager bet {@code amount} on the order's outcome; {@code position} orders the pool's bets (on a tie of
 * remainders, the earliest bet gets the cent).
 */
@Revision("1")
public record BetPlacedEvent(OrderId orderId, BetId betId, AccountId managerId, Money amount, BetOutcome outcome,
                             int position, Instant placedAt) {
}
