package io.catwork.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.billing.api.BillingErrorCode;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.PayoutAcceptedEvent;
import io.catwork.billing.api.PayoutFailedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A worker invoice's payout through Golden Hat (INTEGRATIONS.md): PAYOUT_PENDING until Golden Hat says SUCCEEDED
 * (PAID) or gives a definitive failure (PAYOUT_FAILED); only then may a manager retry, with a new Idempotency-Key
 * ({@code <invoiceId>-retry-<n>}). A failure to reach Golden Hat is never definitive: the same key is sent again,
 * so an accepted payout whose answer was lost is never paid a second time. Answers to an earlier attempt are ignored.
 */
@Aggregate
class Invoice {
    @AggregateIdentifier
    private InvoiceId invoiceId;
    private AccountId workerId;
    private Money amount;
    private WorkerInvoiceStatus status;
    private int attempt;
    private String idempotencyKey;
    private String payoutId;
    /** Payouts of earlier, failed attempts: their late webhooks say nothing about this attempt. */
    private final Set<String> earlierPayouts = new HashSet<>();

    Invoice() {
        // for event sourcing
    }

    static String keyOf(InvoiceId invoiceId, int attempt) {
        return attempt == 0 ? invoiceId.toString() : invoiceId + "-retry-" + attempt;
    }

    /** The payout of a freshly issued invoice; asked again (a re-run of the close), it changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BillingCommands.RequestPayout command) {
        if (status != null) {
            return;
        }
        if (!command.amount().isPositive()) {
            throw new IllegalArgumentException("a payout must be positive: " + command.amount());
        }
        apply(new PayoutRequestedEvent(command.workerId(), command.invoiceId(), command.amount(),
                keyOf(command.invoiceId(), 0), 0, command.at()));
    }

    @CommandHandler
    void handle(BillingCommands.RetryPayout command) {
        if (status != WorkerInvoiceStatus.PAYOUT_FAILED) {
            throw new CatworkException(BillingErrorCode.PAYOUT_NOT_RETRYABLE,
                    "only a PAYOUT_FAILED invoice can be retried; this one is " + status);
        }
        apply(new PayoutRequestedEvent(workerId, invoiceId, amount, keyOf(invoiceId, attempt + 1), attempt + 1,
                command.at()));
    }

    @CommandHandler
    void handle(BillingCommands.RecordPayoutOutcome command) {
        if (status != WorkerInvoiceStatus.PAYOUT_PENDING || !concernsThisAttempt(command)) {
            return; // settled already, or an answer about an earlier attempt
        }
        switch (command.outcome()) {
            case PENDING -> {
                if (payoutId == null && command.payoutId() != null) {
                    apply(new PayoutAcceptedEvent(workerId, invoiceId, idempotencyKey, command.payoutId(),
                            command.at()));
                }
            }
            case SUCCEEDED -> apply(new PayoutSucceededEvent(workerId, invoiceId, amount,
                    command.payoutId() != null ? command.payoutId() : payoutId, command.at()));
            case FAILED -> apply(new PayoutFailedEvent(workerId, invoiceId, idempotencyKey,
                    command.payoutId() != null ? command.payoutId() : payoutId, command.failureReason() == null ? "failed" : command.failureReason(), command.at()));
        }
    }

    private boolean concernsThisAttempt(BillingCommands.RecordPayoutOutcome command) {
        if (command.idempotencyKey() != null) {
            return command.idempotencyKey().equals(idempotencyKey);
        }
        if (command.payoutId() != null && earlierPayouts.contains(command.payoutId())) {
            return false;
        }
        return payoutId == null || payoutId.equals(command.payoutId());
    }

    @EventSourcingHandler
    void on(PayoutRequestedEvent event) {
        invoiceId = event.invoiceId();
        workerId = event.accountId();
        amount = event.amount();
        attempt = event.attempt();
        idempotencyKey = event.idempotencyKey();
        if (payoutId != null) {
            earlierPayouts.add(payoutId);
        }
        payoutId = null;
        status = WorkerInvoiceStatus.PAYOUT_PENDING;
    }

    @EventSourcingHandler
    void on(PayoutAcceptedEvent event) {
        payoutId = event.payoutId();
    }

    @EventSourcingHandler
    void on(PayoutSucceededEvent event) {
        payoutId = event.payoutId();
        status = WorkerInvoiceStatus.PAID;
    }

    @EventSourcingHandler
    void on(PayoutFailedEvent event) {
        payoutId = event.payoutId();
        status = WorkerInvoiceStatus.PAYOUT_FAILED;
    }
}
