package io.catwork.bets.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A manager paid a winning bet out by hand and says so. */
@Revision("1")
public record BetPaidEvent(OrderId orderId, BetId betId, Money amount, AccountId markedBy, Instant at) {
}
