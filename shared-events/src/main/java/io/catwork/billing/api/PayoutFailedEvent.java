package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A definitive failure (a 4xx, or Golden Hat's FAILED): PAYOUT_FAILED until a manager retries. {@code payoutId} when
 * Golden Hat named one.
 */
@Revision("1")
public record PayoutFailedEvent(AccountId accountId, InvoiceId invoiceId, String idempotencyKey, String payoutId,
                                String reason, Instant at) implements BillingEvent {
}
