package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An issued invoice the balance could not pay (or an older unpaid invoice comes first): it waits for a top-up.
 * {@code missing} is what the balance lacked at the time, counting the older unpaid invoices first.
 */
@Revision("1")
public record ClientInvoiceUnpaidEvent(AccountId accountId, InvoiceId invoiceId, Money amount, Money balance,
                                       Money missing, Instant at) implements BillingEvent {
}
