package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A payout of a worker invoice is to be sent to Golden Hat with {@code idempotencyKey}: the invoice id, or
 * {@code <invoiceId>-retry-<attempt>} for a manager's retry after a definitive failure.
 */
@Revision("1")
public record PayoutRequestedEvent(AccountId accountId, InvoiceId invoiceId, Money amount, String idempotencyKey,
                                   int attempt, Instant at) implements BillingEvent {
}
