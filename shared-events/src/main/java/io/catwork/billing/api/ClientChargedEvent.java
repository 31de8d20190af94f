package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An order was priced: its price accrues to the week that starts on {@code weekStart} (the week it was priced in, or
 * the first open week if that one has closed already).
 */
@Revision("1")
public record ClientChargedEvent(AccountId accountId, OrderId orderId, Money amount, LocalDate weekStart,
                                 Instant at) implements BillingEvent {
}
