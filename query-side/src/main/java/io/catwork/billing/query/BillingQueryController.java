package io.catwork.billing.query;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.ClientBillingView;
import io.catwork.billing.api.ClientInvoiceView;
import io.catwork.billing.api.LoyaltyDiscount;
import io.catwork.billing.api.WorkerEarningsView;
import io.catwork.billing.api.WorkerInvoiceView;
import io.catwork.common.api.Access;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.common.api.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading billing. A client's billing is for that client and managers, a worker's earnings for that worker and
 * managers; anyone else, and an id that is no client (or no worker), gets 404. {@code me} is the caller's own account.
 */
@RestController
class BillingQueryController {
    static final String ME = "me";

    private final ClientBalanceRepository balances;
    private final ClientChargeRepository charges;
    private final ClientInvoiceRepository clientInvoices;
    private final WorkerEarningsRepository earnings;
    private final WorkerMonthRepository months;
    private final WorkerInvoiceRepository workerInvoices;
    private final Clock clock;
    private final ZoneId zone;

    BillingQueryController(ClientBalanceRepository balances, ClientChargeRepository charges,
                           ClientInvoiceRepository clientInvoices, WorkerEarningsRepository earnings,
                           WorkerMonthRepository months, WorkerInvoiceRepository workerInvoices, Clock clock,
                           @Value("${catwork.billing.zone:Europe/Moscow}") ZoneId zone) {
        this.balances = balances;
        this.charges = charges;
        this.clientInvoices = clientInvoices;
        this.earnings = earnings;
        this.months = months;
        this.workerInvoices = workerInvoices;
        this.clock = clock;
        this.zone = zone;
    }

    /** What the client will pay at the end of the week: its open charges less its current discount. */
    @Access(anyAccount = true)
    @Operation(summary = "Show a client's balance and what is due this week")
    @GetMapping("/api/clients/{id}/billing")
    ClientBillingView clientBilling(Actor actor, @PathVariable String id) {
        UUID client = visibleAccount(actor, id, Role.CLIENT);
        ClientBalanceEntity balance = balances.findById(client)
                .orElseThrow(() -> CatworkException.notFound("client"));
        BigDecimal open = charges.sumOf(client, ClientChargeEntity.Status.OPEN);
        Money openCharges = open == null ? Money.ZERO : Money.of(open);
        int discountPercent = LoyaltyDiscount.percentFor(balance.totalPaid());
        Money dueThisWeek = openCharges.minus(LoyaltyDiscount.discountOf(openCharges, discountPercent));
        return new ClientBillingView(balance.balance().amount(), dueThisWeek.amount(), discountPercent,
                balance.totalPaid().amount(), balance.unpaid().amount());
    }

    /** The client's invoices, newest first. */
    @Access(anyAccount = true)
    @Operation(summary = "List a client's invoices, newest first")
    @GetMapping("/api/clients/{id}/invoices")
    List<ClientInvoiceView> invoicesOfClient(Actor actor, @PathVariable String id) {
        UUID client = visibleAccount(actor, id, Role.CLIENT);
        if (!balances.existsById(client)) {
            throw CatworkException.notFound("client");
        }
        return clientInvoices.findAllByClientIdOrderByPeriodStartDesc(client).stream()
                .map(ClientInvoiceEntity::toView).toList();
    }

    /** The worker's totals, and the current month of the business zone so far. */
    @Access(anyAccount = true)
    @Operation(summary = "Show a worker's earnings and the current month so far")
    @GetMapping("/api/workers/{id}/earnings")
    WorkerEarningsView workerEarnings(Actor actor, @PathVariable String id) {
        UUID worker = visibleAccount(actor, id, Role.WORKER);
        WorkerEarningsEntity totals = earnings.findById(worker)
                .orElseThrow(() -> CatworkException.notFound("worker"));
        LocalDate monthStart = BillingPeriod.containing(BillingPeriod.Kind.WORKER_MONTHLY, clock.instant(), zone)
                .start();
        WorkerEarningsView.Month currentMonth = months.findById(new WorkerMonthEntity.Key(worker, monthStart))
                .map(WorkerMonthEntity::toView).orElse(WorkerMonthEntity.NOTHING);
        return totals.toView(currentMonth);
    }

    /** The worker's invoices, newest first. */
    @Access(anyAccount = true)
    @Operation(summary = "List a worker's invoices, newest first")
    @GetMapping("/api/workers/{id}/invoices")
    List<WorkerInvoiceView> invoicesOfWorker(Actor actor, @PathVariable String id) {
        UUID worker = visibleAccount(actor, id, Role.WORKER);
        if (!earnings.existsById(worker)) {
            throw CatworkException.notFound("worker");
        }
        return workerInvoices.findAllByWorkerIdOrderByPeriodStartDesc(worker).stream()
                .map(WorkerInvoiceEntity::toView).toList();
    }

    /**
     * The account that path variable {@code id} names ({@code me}: the caller's), if the caller may see its billing:
     * a manager, or the account itself with the {@code owner} role. A malformed id is a 400, anything else not
     * visible a 404.
     */
    private static UUID visibleAccount(Actor actor, String id, Role owner) {
        UUID account;
        if (ME.equals(id)) {
            account = actor.id().value();
        } else {
            try {
                account = UUID.fromString(id);
            } catch (IllegalArgumentException malformed) {
                throw CatworkException.invalid("id", "must be a UUID or 'me'");
            }
        }
        boolean maySee = actor.is(Role.MANAGER) || (actor.is(owner) && actor.isAccount(new AccountId(account)));
        if (!maySee) {
            throw CatworkException.notFound(owner == Role.CLIENT ? "client" : "worker");
        }
        return account;
    }
}
