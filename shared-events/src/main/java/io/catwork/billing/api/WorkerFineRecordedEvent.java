package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An order failed with NO_CHECK_IN: its worker's fine counts in the month that starts on {@code monthStart}. */
@Revision("1")
public record WorkerFineRecordedEvent(AccountId accountId, OrderId orderId, Money amount, LocalDate monthStart,
                                      Instant at) implements BillingEvent {
}
