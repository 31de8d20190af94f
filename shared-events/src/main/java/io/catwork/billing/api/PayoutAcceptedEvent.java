package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Golden Hat took the payout and has not finished it (PENDING). */
@Revision("1")
public record PayoutAcceptedEvent(AccountId accountId, InvoiceId invoiceId, String idempotencyKey, String payoutId,
                                  Instant at) implements BillingEvent {
}
