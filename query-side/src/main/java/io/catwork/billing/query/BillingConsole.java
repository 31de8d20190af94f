package io.catwork.billing.query;

import io.catwork.accounts.api.AccountSummaries;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The console's billing pages of one account: a client's balance and invoices, a worker's earnings and invoices. They
 * read through {@link BillingQueryController} (the same rules and refusals as the API: 400 for a malformed id, 404 for
 * an id that is no client or no worker). Their forms (top-up, bonus, payout retry) are sent to the command side's
 * console ({@code io.catwork.billing.command}), which comes back here.
 */
@Controller
@Access(Role.MANAGER)
class BillingConsole {
    private final BillingQueryController api;
    private final QueryGateway queries;

    BillingConsole(BillingQueryController api, QueryGateway queries) {
        this.api = api;
        this.queries = queries;
    }

    @GetMapping("/console/billing/clients/{id}")
    String client(Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("billing", api.clientBilling(actor, id));
        model.addAttribute("invoices", api.invoicesOfClient(actor, id));
        model.addAttribute("accountId", id);
        model.addAttribute("account", summaryOf(UUID.fromString(id)));
        return "console/billing/client";
    }

    @GetMapping("/console/billing/workers/{id}")
    String worker(Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("earnings", api.workerEarnings(actor, id));
        model.addAttribute("invoices", api.invoicesOfWorker(actor, id));
        model.addAttribute("accountId", id);
        model.addAttribute("account", summaryOf(UUID.fromString(id)));
        model.addAttribute("payoutFailed", WorkerInvoiceStatus.PAYOUT_FAILED);
        return "console/billing/worker";
    }

    /** Who the account is (name, email, worker code), if the accounts module knows it. */
    private AccountSummary summaryOf(UUID account) {
        return AccountSummaries.byId(queries, List.of(account)).get(account);
    }
}
