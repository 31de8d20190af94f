package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The order failed or was cancelled before its week was invoiced: its charge drops out. */
@Revision("1")
public record ClientChargeDroppedEvent(AccountId accountId, OrderId orderId, Money amount, LocalDate weekStart,
                                       String reason, Instant at) implements BillingEvent {
}
