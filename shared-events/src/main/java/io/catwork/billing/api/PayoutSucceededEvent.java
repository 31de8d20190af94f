package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The worker has been paid: the invoice is PAID. */
@Revision("1")
public record PayoutSucceededEvent(AccountId accountId, InvoiceId invoiceId, Money amount, String payoutId,
                                   Instant at) implements BillingEvent {
}
