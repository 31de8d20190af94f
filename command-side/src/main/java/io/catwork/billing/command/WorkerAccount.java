package io.catwork.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.WorkerBonusGivenEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A worker's pay (DOMAIN.md §6): 60 % of each completed order's price, a fine for each order failed with NO_CHECK_IN,
 * managers' bonuses, each in its month; the month's invoice nets them against the debt carried from before.
 */
@Aggregate
class WorkerAccount {
    static final BigDecimal SHARE = new BigDecimal("0.60");

    /** The event stream's identifier ({@link BillingAccountIds}). */
    @AggregateIdentifier
    private String stream;
    private AccountId accountId;
    private final Set<OrderId> earnedOrders = new HashSet<>();
    private final Set<OrderId> finedOrders = new HashSet<>();
    private final Set<UUID> bonuses = new HashSet<>();
    /** Months not yet invoiced, by their first day. */
    private final TreeMap<LocalDate, MonthTotals> openMonths = new TreeMap<>();
    /** Invoices issued, by the first day of their month: a repeated close answers the one issued. */
    private final Map<LocalDate, WorkerInvoiceIssuedEvent> issued = new HashMap<>();
    private Money carriedDebt = Money.ZERO;

    WorkerAccount() {
        // created by its first earning, fine or bonus
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BillingCommands.RecordEarning command, BillingCalendar calendar) {
        if (earnedOrders.contains(command.orderId())) {
            return;
        }
        BillingPeriod month = calendar.openPeriodFor(BillingPeriod.Kind.WORKER_MONTHLY, command.completedAt(),
                command.at(), issued.keySet());
        apply(new WorkerEarnedEvent(command.workerId(), command.orderId(), command.price(),
                command.price().times(SHARE), month.start(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BillingCommands.RecordFine command, BillingCalendar calendar) {
        if (finedOrders.contains(command.orderId())) {
            return;
        }
        BillingPeriod month = calendar.openPeriodFor(BillingPeriod.Kind.WORKER_MONTHLY, command.failedAt(),
                command.at(), issued.keySet());
        apply(new WorkerFineRecordedEvent(command.workerId(), command.orderId(), command.amount(), month.start(),
                command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BillingCommands.GiveBonus command, BillingCalendar calendar) {
        if (bonuses.contains(command.bonusId())) {
            return;
        }
        if (!command.amount().isPositive()) {
            throw CatworkException.invalid("amount", "must be positive");
        }
        BillingPeriod month = calendar.openPeriodFor(BillingPeriod.Kind.WORKER_MONTHLY, command.at(), command.at(),
                issued.keySet());
        apply(new WorkerBonusGivenEvent(command.workerId(), command.bonusId(), command.amount(), command.reason(),
                command.givenBy(), month.start(), command.at()));
    }

    /**
     * Closes the month that ends on {@code monthEnd}: earnings + bonuses − fines − carried debt of every month still
     * open up to it. Positive: to be paid out. Otherwise nothing to pay, and the shortfall is carried on. Answers the
     * month's invoice (issued now or before), or null when the month had no activity.
     */
    @CommandHandler
    WorkerInvoiceIssuedEvent handle(BillingCommands.CloseWorkerMonth command) {
        BillingPeriod month = BillingPeriod.endingOn(BillingPeriod.Kind.WORKER_MONTHLY, command.monthEnd());
        if (issued.containsKey(month.start())) {
            return issued.get(month.start());
        }
        if (openMonths.headMap(month.start(), true).isEmpty()) {
            return null;
        }
        MonthTotals totals = openMonths.headMap(month.start(), true).values().stream()
                .reduce(MonthTotals.NONE, MonthTotals::plus);
        Money net = totals.earned().plus(totals.bonuses()).minus(totals.fines()).minus(carriedDebt);
        boolean payable = net.isPositive();
        WorkerInvoiceIssuedEvent event = new WorkerInvoiceIssuedEvent(accountId,
                InvoiceId.forPeriod(BillingPeriod.Kind.WORKER_MONTHLY, accountId, month.end()), month.start(),
                month.end(), totals.earned(), totals.bonuses(), totals.fines(), carriedDebt, net,
                payable ? net : Money.ZERO, payable ? Money.ZERO : net.negate(),
                payable ? WorkerInvoiceStatus.PAYOUT_PENDING : WorkerInvoiceStatus.NOTHING_TO_PAY, command.at());
        apply(event);
        return event;
    }

    @EventSourcingHandler
    void on(WorkerEarnedEvent event) {
        identify(event.accountId());
        earnedOrders.add(event.orderId());
        add(event.monthStart(), new MonthTotals(event.amount(), Money.ZERO, Money.ZERO));
    }

    @EventSourcingHandler
    void on(WorkerFineRecordedEvent event) {
        identify(event.accountId());
        finedOrders.add(event.orderId());
        add(event.monthStart(), new MonthTotals(Money.ZERO, event.amount(), Money.ZERO));
    }

    @EventSourcingHandler
    void on(WorkerBonusGivenEvent event) {
        identify(event.accountId());
        bonuses.add(event.bonusId());
        add(event.monthStart(), new MonthTotals(Money.ZERO, Money.ZERO, event.amount()));
    }

    @EventSourcingHandler
    void on(WorkerInvoiceIssuedEvent event) {
        openMonths.headMap(event.periodStart(), true).clear();
        issued.put(event.periodStart(), event);
        carriedDebt = event.carriedForward();
    }

    private void identify(AccountId account) {
        accountId = account;
        stream = BillingAccountIds.worker(account);
    }

    private void add(LocalDate monthStart, MonthTotals totals) {
        openMonths.merge(monthStart, totals, MonthTotals::plus);
    }

    private record MonthTotals(Money earned, Money fines, Money bonuses) {
        static final MonthTotals NONE = new MonthTotals(Money.ZERO, Money.ZERO, Money.ZERO);

        MonthTotals plus(MonthTotals other) {
            return new MonthTotals(earned.plus(other.earned), fines.plus(other.fines), bonuses.plus(other.bonuses));
        }
    }
}
