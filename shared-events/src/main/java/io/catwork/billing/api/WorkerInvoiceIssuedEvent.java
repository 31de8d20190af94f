package io.catwork.billing.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A worker's month closed with activity: {@code net} = earned + bonuses − fines − carriedDebt. A positive net is
 * paid out ({@code amount} = net, PAYOUT_PENDING); otherwise {@code amount} is zero (NOTHING_TO_PAY) and
 * {@code carriedForward} (−net) is carried into the next month.
 */
@Revision("1")
public record WorkerInvoiceIssuedEvent(AccountId accountId, InvoiceId invoiceId, LocalDate periodStart,
                                       LocalDate periodEnd, Money earned, Money bonuses, Money fines,
                                       Money carriedDebt, Money net, Money amount, Money carriedForward,
                                       WorkerInvoiceStatus status, Instant issuedAt) implements BillingEvent {
}
