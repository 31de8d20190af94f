package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A completed order earns its worker 60 % of its price (HALF_UP), in the month that starts on {@code monthStart}. */
@Revision("1")
public record WorkerEarnedEvent(AccountId accountId, OrderId orderId, Money price, Money amount,
                                LocalDate monthStart, Instant at) implements BillingEvent {
}
