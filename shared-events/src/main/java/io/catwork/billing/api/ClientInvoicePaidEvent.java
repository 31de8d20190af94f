package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An invoice paid whole from the balance; {@code balance} and {@code totalPaid} are after it. */
@Revision("1")
public record ClientInvoicePaidEvent(AccountId accountId, InvoiceId invoiceId, Money amount, Money balance,
                                     Money totalPaid, Instant paidAt) implements BillingEvent {
}
