package io.catwork.billing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.ClientChargeDroppedEvent;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.ClientCreditDeferredEvent;
import io.catwork.billing.api.ClientCreditedEvent;
import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientInvoiceUnpaidEvent;
import io.catwork.billing.api.ClientToppedUpEvent;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.LoyaltyDiscount;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client's money (DOMAIN.md §6): the balance, the charges of the weeks not yet invoiced, the invoices left UNPAID.
 * The invariants live here, decided on the events of this one stream: the balance never goes negative, an invoice is
 * paid whole or not at all, oldest first, and a week is invoiced once.
 */
@Aggregate
class ClientAccount {
    /** The event stream's identifier ({@link BillingAccountIds}). */
    @AggregateIdentifier
    private String stream;
    private AccountId accountId;
    private Money balance = Money.ZERO;
    private Money totalPaid = Money.ZERO;
    /** Orders ever charged: a repeated charge changes nothing. */
    private final Set<OrderId> charged = new HashSet<>();
    private final Map<OrderId, OpenCharge> openCharges = new LinkedHashMap<>();
    private final Map<OrderId, InvoicedCharge> invoicedCharges = new HashMap<>();
    /** Orders whose charge was dropped or credited: the end of their billing. */
    private final Set<OrderId> settled = new HashSet<>();
    private final Set<LocalDate> closedWeeks = new HashSet<>();
    /** UNPAID invoices, oldest first. */
    private final LinkedHashMap<InvoiceId, Money> unpaid = new LinkedHashMap<>();
    private final Map<InvoiceId, List<ClientCreditDeferredEvent>> deferredCredits = new HashMap<>();
    /** What of each invoice's amount is not credited back yet: the credits of one invoice never exceed it. */
    private final Map<InvoiceId, Money> creditable = new HashMap<>();

    ClientAccount() {
        // created by its first top-up or charge
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Money handle(BillingCommands.TopUp command) {
        if (!command.amount().isPositive()) {
            throw CatworkException.invalid("amount", "must be positive");
        }
        apply(new ClientToppedUpEvent(command.clientId(), command.amount(), balance.plus(command.amount()),
                command.at()));
        payDue(command.at());
        return balance;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BillingCommands.ChargeOrder command, BillingCalendar calendar) {
        if (charged.contains(command.orderId()) || command.amount().isNegative()) {
            return;
        }
        BillingPeriod week = calendar.openPeriodFor(BillingPeriod.Kind.CLIENT_WEEKLY, command.pricedAt(),
                command.at(), closedWeeks);
        apply(new ClientChargedEvent(command.clientId(), command.orderId(), command.amount(), week.start(),
                command.at()));
    }

    /**
     * The order failed or was cancelled. Not yet invoiced: the charge drops out. Invoiced and paid: what the client
     * paid for it comes back on the balance. Invoiced and unpaid: that credit waits for the invoice's payment.
     */
    @CommandHandler
    void handle(BillingCommands.DropCharge command) {
        OrderId order = command.orderId();
        if (settled.contains(order)) {
            return;
        }
        OpenCharge open = openCharges.get(order);
        if (open != null) {
            apply(new ClientChargeDroppedEvent(accountId, order, open.amount(), open.weekStart(), command.reason(),
                    command.at()));
            return;
        }
        InvoicedCharge invoiced = invoicedCharges.get(order);
        if (invoiced == null) {
            return; // never charged
        }
        // its charge less its own discount (HALF_UP), but never more than is left of what the invoice cost: the
        // invoice's discount was rounded once, on its subtotal
        Money paidForIt = invoiced.amount().minus(LoyaltyDiscount.discountOf(invoiced.amount(),
                invoiced.discountPercent())).min(creditable.get(invoiced.invoiceId()));
        if (unpaid.containsKey(invoiced.invoiceId())) {
            apply(new ClientCreditDeferredEvent(accountId, order, invoiced.invoiceId(), paidForIt, command.at()));
        } else {
            apply(new ClientCreditedEvent(accountId, order, invoiced.invoiceId(), paidForIt,
                    balance.plus(paidForIt), command.at()));
            payDue(command.at());
        }
    }

    /**
     * Closes the week that ends on {@code weekEnd}: one invoice of every charge still open up to that week, less the
     * loyalty discount earned by the invoices PAID before it; paid at once if the balance covers it and no older
     * invoice waits. A week closed already, or without charges, issues nothing. True when an invoice was issued.
     */
    @CommandHandler
    boolean handle(BillingCommands.CloseClientWeek command) {
        BillingPeriod week = BillingPeriod.endingOn(BillingPeriod.Kind.CLIENT_WEEKLY, command.weekEnd());
        if (closedWeeks.contains(week.start())) {
            return false;
        }
        List<OrderId> orders = new ArrayList<>();
        Money subtotal = Money.ZERO;
        for (Map.Entry<OrderId, OpenCharge> charge : openCharges.entrySet()) {
            if (!charge.getValue().weekStart().isAfter(week.start())) {
                orders.add(charge.getKey());
                subtotal = subtotal.plus(charge.getValue().amount());
            }
        }
        if (orders.isEmpty()) {
            return false;
        }
        int percent = LoyaltyDiscount.percentFor(totalPaid);
        Money discount = LoyaltyDiscount.discountOf(subtotal, percent);
        InvoiceId invoiceId = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, accountId, week.end());
        apply(new ClientInvoiceIssuedEvent(accountId, invoiceId, week.start(), week.end(), orders, subtotal, percent,
                discount, subtotal.minus(discount), command.at()));
        payDue(command.at());
        Money amount = unpaid.get(invoiceId);
        if (amount != null) {
            Money owed = unpaid.values().stream().reduce(Money.ZERO, Money::plus);
            apply(new ClientInvoiceUnpaidEvent(accountId, invoiceId, amount, balance, owed.minus(balance),
                    command.at()));
        }
        return true;
    }

    /** Pays UNPAID invoices oldest first while the balance covers the oldest, with the credits each payment frees. */
    private void payDue(Instant at) {
        while (!unpaid.isEmpty()) {
            Map.Entry<InvoiceId, Money> oldest = unpaid.entrySet().iterator().next();
            if (!balance.isAtLeast(oldest.getValue())) {
                return;
            }
            InvoiceId invoiceId = oldest.getKey();
            Money amount = oldest.getValue();
            apply(new ClientInvoicePaidEvent(accountId, invoiceId, amount, balance.minus(amount),
                    totalPaid.plus(amount), at));
            for (ClientCreditDeferredEvent credit : List.copyOf(deferredCredits.getOrDefault(invoiceId, List.of()))) {
                apply(new ClientCreditedEvent(accountId, credit.orderId(), invoiceId, credit.amount(),
                        balance.plus(credit.amount()), at));
            }
        }
    }

    @EventSourcingHandler
    void on(ClientToppedUpEvent event) {
        identify(event.accountId());
        balance = event.balance();
    }

    @EventSourcingHandler
    void on(ClientChargedEvent event) {
        identify(event.accountId());
        charged.add(event.orderId());
        openCharges.put(event.orderId(), new OpenCharge(event.amount(), event.weekStart()));
    }

    @EventSourcingHandler
    void on(ClientChargeDroppedEvent event) {
        openCharges.remove(event.orderId());
        settled.add(event.orderId());
    }

    @EventSourcingHandler
    void on(ClientInvoiceIssuedEvent event) {
        closedWeeks.add(event.periodStart());
        for (OrderId order : event.orders()) {
            OpenCharge charge = openCharges.remove(order);
            invoicedCharges.put(order, new InvoicedCharge(event.invoiceId(), charge.amount(),
                    event.discountPercent()));
        }
        unpaid.put(event.invoiceId(), event.amount());
        creditable.put(event.invoiceId(), event.amount());
    }

    @EventSourcingHandler
    void on(ClientInvoicePaidEvent event) {
        unpaid.remove(event.invoiceId());
        balance = event.balance();
        totalPaid = event.totalPaid();
    }

    @EventSourcingHandler
    void on(ClientCreditDeferredEvent event) {
        settled.add(event.orderId());
        deferredCredits.computeIfAbsent(event.invoiceId(), id -> new ArrayList<>()).add(event);
        creditable.merge(event.invoiceId(), event.amount().negate(), Money::plus);
    }

    @EventSourcingHandler
    void on(ClientCreditedEvent event) {
        settled.add(event.orderId());
        balance = event.balance();
        List<ClientCreditDeferredEvent> waiting = deferredCredits.get(event.invoiceId());
        boolean wasDeferred = waiting != null && waiting.removeIf(credit -> credit.orderId().equals(event.orderId()));
        if (!wasDeferred) {
            creditable.merge(event.invoiceId(), event.amount().negate(), Money::plus);
        }
    }

    private void identify(AccountId account) {
        accountId = account;
        stream = BillingAccountIds.client(account);
    }

    private record OpenCharge(Money amount, LocalDate weekStart) {
    }

    private record InvoicedCharge(InvoiceId invoiceId, Money amount, int discountPercent) {
    }
}
