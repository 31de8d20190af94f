package io.catwork.billing.command;

import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The billing module's own commands; no other module sends them. {@code at} is when the command was decided. */
final class BillingCommands {
    private BillingCommands() {
    }

    record TopUp(AccountId clientId, Money amount, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.client(clientId);
        }
    }

    record ChargeOrder(AccountId clientId, OrderId orderId, Money amount, Instant pricedAt,
                       Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.client(clientId);
        }
    }

    record DropCharge(AccountId clientId, OrderId orderId, String reason, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.client(clientId);
        }
    }

    record CloseClientWeek(AccountId clientId, LocalDate weekEnd, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.client(clientId);
        }
    }

    record RecordEarning(AccountId workerId, OrderId orderId, Money price,
                         Instant completedAt, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.worker(workerId);
        }
    }

    record RecordFine(AccountId workerId, OrderId orderId, Money amount, Instant failedAt,
                      Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.worker(workerId);
        }
    }

    record GiveBonus(AccountId workerId, UUID bonusId, Money amount, String reason,
                     AccountId givenBy, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.worker(workerId);
        }
    }

    record CloseWorkerMonth(AccountId workerId, LocalDate monthEnd, Instant at) {

        @TargetAggregateIdentifier
        String stream() {
            return BillingAccountIds.worker(workerId);
        }
    }

    record RequestPayout(@TargetAggregateIdentifier InvoiceId invoiceId, AccountId workerId, Money amount,
                         Instant at) {
    }

    record RetryPayout(@TargetAggregateIdentifier InvoiceId invoiceId, Instant at) {
    }

    /**
     * What Golden Hat answered about a payout. {@code idempotencyKey} when the answer is to our request (then a stale
     * attempt's answer is ignored); {@code payoutId} when it names a payout (a webhook, a poll).
     */
    record RecordPayoutOutcome(@TargetAggregateIdentifier InvoiceId invoiceId, String idempotencyKey, String payoutId,
                               PayoutOutcome outcome, String failureReason, Instant at) {
    }

    enum PayoutOutcome { PENDING, SUCCEEDED, FAILED }
}
