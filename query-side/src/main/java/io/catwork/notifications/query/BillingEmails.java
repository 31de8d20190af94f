package io.catwork.notifications.query;

import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientInvoiceUnpaidEvent;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.PayoutFailedEvent;
import io.catwork.billing.api.PayoutSucceededEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.common.api.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The client hears of each weekly invoice and of its payment (paid, or left unpaid until a top-up covers it); the
 * worker hears of each monthly invoice and of its payout once it is done; every manager hears of a payout that failed,
 * so that one retries it.
 */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class BillingEmails {
    static final String CLIENT_INVOICE_ISSUED = "client-invoice-issued";
    static final String CLIENT_INVOICE_PAID = "client-invoice-paid";
    static final String CLIENT_INVOICE_UNPAID = "client-invoice-unpaid";
    static final String WORKER_INVOICE_ISSUED = "worker-invoice-issued";
    static final String PAYOUT_SUCCEEDED = "payout-succeeded";
    static final String PAYOUT_FAILED = "payout-failed";

    private final RecipientRepository recipients;
    private final NotificationOutbox outbox;
    private final MailTemplates templates;

    BillingEmails(RecipientRepository recipients, NotificationOutbox outbox, MailTemplates templates) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.templates = templates;
    }

    @EventHandler
    void on(ClientInvoiceIssuedEvent event, @MessageIdentifier String eventId) {
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("periodStart", templates.date(event.periodStart()));
        variables.put("periodEnd", templates.date(event.periodEnd()));
        variables.put("orders", event.orders().size());
        variables.put("subtotal", amount(event.subtotal()));
        variables.put("discountPercent", event.discountPercent());
        variables.put("discount", amount(event.discount()));
        variables.put("amount", amount(event.amount()));
        to("client", event.accountId(), eventId, CLIENT_INVOICE_ISSUED, variables);
    }

    @EventHandler
    void on(ClientInvoicePaidEvent event, @MessageIdentifier String eventId) {
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("amount", amount(event.amount()));
        variables.put("balance", amount(event.balance()));
        to("client", event.accountId(), eventId, CLIENT_INVOICE_PAID, variables);
    }

    /** The balance fell short by {@code missing}: the client is asked for a top-up that covers it. */
    @EventHandler
    void on(ClientInvoiceUnpaidEvent event, @MessageIdentifier String eventId) {
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("amount", amount(event.amount()));
        variables.put("balance", amount(event.balance()));
        variables.put("missing", amount(event.missing()));
        to("client", event.accountId(), eventId, CLIENT_INVOICE_UNPAID, variables);
    }

    /** What the month made, and either the payout that follows or, with nothing to pay, the shortfall carried over. */
    @EventHandler
    void on(WorkerInvoiceIssuedEvent event, @MessageIdentifier String eventId) {
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("periodStart", templates.date(event.periodStart()));
        variables.put("periodEnd", templates.date(event.periodEnd()));
        variables.put("earned", amount(event.earned()));
        variables.put("bonuses", amount(event.bonuses()));
        variables.put("fines", amount(event.fines()));
        variables.put("carriedDebt", amount(event.carriedDebt()));
        variables.put("amount", amount(event.amount()));
        variables.put("carriedForward", amount(event.carriedForward()));
        boolean nothingToPay = event.status() == WorkerInvoiceStatus.NOTHING_TO_PAY;
        variables.put("nothingToPay", nothingToPay);
        variables.put("shortfall", nothingToPay && event.carriedForward().isPositive());
        to("worker", event.accountId(), eventId, WORKER_INVOICE_ISSUED, variables);
    }

    @EventHandler
    void on(PayoutSucceededEvent event, @MessageIdentifier String eventId) {
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("amount", amount(event.amount()));
        to("worker", event.accountId(), eventId, PAYOUT_SUCCEEDED, variables);
    }

    /** Every manager hears of it, with the way to retry; the worker hears only once the payout is done. */
    @EventHandler
    void on(PayoutFailedEvent event, @MessageIdentifier String eventId) {
        UUID workerId = event.accountId().value();
        Map<String, Object> variables = invoiceVariables(event.invoiceId());
        variables.put("workerId", workerId.toString());
        variables.put("workerName", recipients.findById(workerId).map(Recipient::name).orElse(""));
        variables.put("reason", event.reason() == null ? "" : event.reason());
        for (Recipient manager : recipients.findAllByRole(Role.MANAGER)) {
            Map<String, Object> forManager = new HashMap<>(variables);
            forManager.put("managerName", manager.name());
            outbox.enqueue(eventId, manager.email(), PAYOUT_FAILED, forManager);
        }
    }

    private static Map<String, Object> invoiceVariables(InvoiceId invoiceId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("invoiceId", invoiceId.toString());
        return variables;
    }

    /** An amount as emails show it: always two fraction digits, no grouping (the currency, KU, is in the text). */
    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private void to(String role, AccountId accountId, String eventId, String template, Map<String, Object> variables) {
        Recipient recipient = recipients.findById(accountId.value())
                .orElseThrow(() -> new IllegalStateException("unknown " + role + " " + accountId));
        variables.put("name", recipient.name());
        outbox.enqueue(eventId, recipient.email(), template, variables);
    }
}
