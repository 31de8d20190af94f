package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An invoiced order failed or was cancelled: what the client actually paid for it (its charge less the invoice's
 * discount, HALF_UP) comes back on the balance, once its invoice is paid.
 */
@Revision("1")
public record ClientCreditedEvent(AccountId accountId, OrderId orderId, InvoiceId invoiceId, Money amount,
                                  Money balance, Instant at) implements BillingEvent {
}
