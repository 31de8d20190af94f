package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An order on a still UNPAID invoice failed or was cancelled: nothing has been paid for it yet, so its credit
 * ({@code amount}) comes back on the balance the moment that invoice is paid ({@link ClientCreditedEvent}).
 */
@Revision("1")
public record ClientCreditDeferredEvent(AccountId accountId, OrderId orderId, InvoiceId invoiceId, Money amount,
                                        Instant at) implements BillingEvent {
}
