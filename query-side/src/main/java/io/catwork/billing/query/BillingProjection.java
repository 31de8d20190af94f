package io.catwork.billing.query;

import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.billing.api.ClientChargeDroppedEvent;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.ClientCreditedEvent;
import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientInvoiceUnpaidEvent;
import io.catwork.billing.api.ClientToppedUpEvent;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.PayoutFailedEvent;
import io.catwork.billing.api.PayoutRequestedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.billing.api.WorkerBonusGivenEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderId;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * The billing views: client balances, charges and invoices; worker earnings, months and invoices. Sequenced by
 * account (its module declares so), so an account's events come in the order they were stored. Every row is derived
 * from event data alone, with the events' own times, never the clock, so a replay rebuilds the same rows. Rows set
 * from an event (charges, balances, invoice statuses) do not mind seeing it twice, and an invoice issued or paid twice
 * is counted in {@code unpaid} once; the sums (earnings, fines, bonuses) rely on the processor's token, which commits
 * with them, to apply each event once.
 */
@Component
@ProcessingGroup(BillingProjection.GROUP)
class BillingProjection {
    static final String GROUP = "billing-projection";

    private final ClientBalanceRepository balances;
    private final ClientChargeRepository charges;
    private final ClientInvoiceRepository clientInvoices;
    private final WorkerEarningsRepository earnings;
    private final WorkerMonthRepository months;
    private final WorkerInvoiceRepository workerInvoices;

    BillingProjection(ClientBalanceRepository balances, ClientChargeRepository charges,
                      ClientInvoiceRepository clientInvoices, WorkerEarningsRepository earnings,
                      WorkerMonthRepository months, WorkerInvoiceRepository workerInvoices) {
        this.balances = balances;
        this.charges = charges;
        this.clientInvoices = clientInvoices;
        this.earnings = earnings;
        this.months = months;
        this.workerInvoices = workerInvoices;
    }

    /** A known client or worker with no billing activity shows zeros. */
    @EventHandler
    void on(AccountRegisteredEvent event) {
        if (event.role() == Role.CLIENT) {
            balance(event.accountId());
        } else if (event.role() == Role.WORKER) {
            earnings(event.accountId());
        }
    }

    // clients

    @EventHandler
    void on(ClientToppedUpEvent event) {
        balance(event.accountId()).balance(event.balance());
    }

    @EventHandler
    void on(ClientChargedEvent event) {
        charges.save(new ClientChargeEntity(event.orderId().value(), event.accountId().value(), event.weekStart(),
                event.amount().amount(), ClientChargeEntity.Status.OPEN));
    }

    @EventHandler
    void on(ClientChargeDroppedEvent event) {
        charges.save(new ClientChargeEntity(event.orderId().value(), event.accountId().value(), event.weekStart(),
                event.amount().amount(), ClientChargeEntity.Status.DROPPED));
    }

    @EventHandler
    void on(ClientInvoiceIssuedEvent event) {
        if (clientInvoices.findById(event.invoiceId().value()).isEmpty()) {
            clientInvoices.save(new ClientInvoiceEntity(event));
            balance(event.accountId()).invoiced(event.amount());
        }
        charges.findAllById(event.orders().stream().map(OrderId::value).toList())
                .forEach(ClientChargeEntity::invoiced);
    }

    @EventHandler
    void on(ClientInvoicePaidEvent event) {
        ClientInvoiceEntity invoice = clientInvoices.findById(event.invoiceId().value())
                .orElseThrow(() -> new IllegalStateException("no view of client invoice " + event.invoiceId()));
        ClientBalanceEntity balance = balance(event.accountId());
        if (invoice.paid(event.paidAt())) {
            balance.paid(event.amount(), event.balance(), event.totalPaid());
        } else {
            balance.balance(event.balance());
        }
    }

    @EventHandler
    void on(ClientInvoiceUnpaidEvent event) {
        balance(event.accountId()).balance(event.balance());
    }

    @EventHandler
    void on(ClientCreditedEvent event) {
        balance(event.accountId()).balance(event.balance());
    }

    // workers

    @EventHandler
    void on(WorkerEarnedEvent event) {
        earnings(event.accountId()).earned(event.amount());
        month(event.accountId(), event.monthStart()).earned(event.amount());
    }

    @EventHandler
    void on(WorkerFineRecordedEvent event) {
        earnings(event.accountId()).fined(event.amount());
        month(event.accountId(), event.monthStart()).fined(event.amount());
    }

    @EventHandler
    void on(WorkerBonusGivenEvent event) {
        earnings(event.accountId()).bonus(event.amount());
        month(event.accountId(), event.monthStart()).bonus(event.amount());
    }

    @EventHandler
    void on(WorkerInvoiceIssuedEvent event) {
        if (workerInvoices.findById(event.invoiceId().value()).isEmpty()) {
            workerInvoices.save(new WorkerInvoiceEntity(event));
        }
        earnings(event.accountId()).carriedDebt(event.carriedForward());
    }

    /** The first request leaves the invoice as issued (PAYOUT_PENDING); a retry (attempt > 0) makes it so again. */
    @EventHandler
    void on(PayoutRequestedEvent event) {
        if (event.attempt() > 0) {
            workerInvoice(event.invoiceId(), WorkerInvoiceEntity::payoutPending);
        }
    }

    @EventHandler
    void on(PayoutSucceededEvent event) {
        workerInvoice(event.invoiceId(), invoice -> invoice.paid(event.at()));
    }

    @EventHandler
    void on(PayoutFailedEvent event) {
        workerInvoice(event.invoiceId(), invoice -> invoice.payoutFailed(event.reason()));
    }

    @ResetHandler
    void reset() {
        balances.deleteAllInBatch();
        charges.deleteAllInBatch();
        clientInvoices.deleteAllInBatch();
        earnings.deleteAllInBatch();
        months.deleteAllInBatch();
        workerInvoices.deleteAllInBatch();
    }

    /** The client's balance row, created all zero if it has none yet. */
    private ClientBalanceEntity balance(AccountId client) {
        return balances.findById(client.value())
                .orElseGet(() -> balances.save(new ClientBalanceEntity(client.value())));
    }

    /** The worker's totals row, created all zero if it has none yet. */
    private WorkerEarningsEntity earnings(AccountId worker) {
        return earnings.findById(worker.value())
                .orElseGet(() -> earnings.save(new WorkerEarningsEntity(worker.value())));
    }

    private WorkerMonthEntity month(AccountId worker, LocalDate monthStart) {
        WorkerMonthEntity.Key key = new WorkerMonthEntity.Key(worker.value(), monthStart);
        return months.findById(key).orElseGet(() -> months.save(new WorkerMonthEntity(key)));
    }

    private void workerInvoice(InvoiceId invoiceId, Consumer<WorkerInvoiceEntity> change) {
        change.accept(workerInvoices.findById(invoiceId.value())
                .orElseThrow(() -> new IllegalStateException("no view of worker invoice " + invoiceId)));
    }
}
