package io.catwork.billing.command;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.catwork.billing.api.InvoiceId;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends a payout to Golden Hat and records its answer on the invoice. A request Golden Hat did not answer (a 5xx, a
 * timeout) throws, and its task sends the very same request again later: with the same Idempotency-Key, a payout that
 * was accepted but whose answer was lost is answered 409 with the first answer, never paid twice.
 */
@Component
class GoldenHatPayouts {
    private static final Logger log = LoggerFactory.getLogger(GoldenHatPayouts.class);

    private final GoldenHatGateway goldenHat;
    private final CommandGateway commands;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final GoldenHatProperties properties;
    private final Clock clock;

    GoldenHatPayouts(GoldenHatGateway goldenHat, CommandGateway commands, ObjectProvider<SchedulerClient> scheduler,
                     GoldenHatProperties properties, Clock clock) {
        this.goldenHat = goldenHat;
        this.commands = commands;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    void send(GoldenHatTasks.Payout payout) {
        GoldenHatGateway.Result result = goldenHat.pay(new GoldenHatGateway.PayoutRequest(payout.invoiceId(),
                payout.idempotencyKey(), payout.recipient(), payout.amount()));
        InvoiceId invoice = InvoiceId.of(payout.invoiceId());
        if (result instanceof GoldenHatGateway.Answered answered) {
            record(invoice, payout.idempotencyKey(), answered);
            if ("PENDING".equals(answered.status())) {
                scheduler.getObject().scheduleIfNotExists(GoldenHatTasks.POLL.instance(payout.idempotencyKey())
                        .data(payout.invoiceId() + "|" + answered.payoutId())
                        .scheduledTo(clock.instant().plus(properties.pollAfter())));
            }
        } else if (result instanceof GoldenHatGateway.Refused refused) {
            log.warn("Golden Hat refused the payout of invoice {}: {}", payout.invoiceId(), refused.reason());
            commands.sendAndWait(new BillingCommands.RecordPayoutOutcome(invoice, payout.idempotencyKey(), null,
                    BillingCommands.PayoutOutcome.FAILED, refused.reason(), clock.instant()));
        } else if (result instanceof GoldenHatGateway.RetryLater retry) {
            throw new GoldenHatUnavailable("payout " + payout.idempotencyKey() + ": " + retry.reason());
        }
    }

    /** Asks about a PENDING payout; true once it is settled (or Golden Hat no longer knows better). */
    boolean poll(String invoiceId, String payoutId) {
        GoldenHatGateway.Result result = goldenHat.status(payoutId);
        if (result instanceof GoldenHatGateway.Answered answered) {
            if ("PENDING".equals(answered.status())) {
                return false;
            }
            record(InvoiceId.of(invoiceId), null, answered);
            return true;
        }
        if (result instanceof GoldenHatGateway.Refused refused) {
            log.warn("Golden Hat refused to tell the status of payout {} of invoice {}: {}", payoutId, invoiceId,
                    refused.reason());
            return false;
        }
        return false;
    }

    private void record(InvoiceId invoice, String idempotencyKey, GoldenHatGateway.Answered answer) {
        BillingCommands.PayoutOutcome outcome = BillingCommands.PayoutOutcome.valueOf(answer.status());
        commands.sendAndWait(new BillingCommands.RecordPayoutOutcome(invoice, idempotencyKey, answer.payoutId(),
                outcome, answer.failureReason(), clock.instant()));
    }

    /** No answer worth acting on: the task tries again with its backoff. */
    static final class GoldenHatUnavailable extends RuntimeException {
        GoldenHatUnavailable(String reason) {
            super(reason);
        }
    }
}
