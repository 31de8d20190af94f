package io.catwork.billing.command;

import io.catwork.accounts.api.AccountSummaries;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.billing.api.BillingPeriod;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's billing start page and billing's forms. The start page lists the period closes (they are the command
 * side's own records), runs a close, and finds a client or a worker (the accounts module answers on the query bus)
 * whose billing page ({@code io.catwork.billing.query}) it links to. Every form acts through
 * {@link BillingCommandController}: the same rules and refusals as the API.
 */
@Controller
@Access(Role.MANAGER)
class BillingCommandConsole {
    static final int MAX_SEARCH_LENGTH = 200;
    static final int MAX_FOUND = 50;
    private static final Set<Role> BILLED = Set.of(Role.CLIENT, Role.WORKER);

    private final BillingCommandController api;
    private final BillingCalendar calendar;
    private final Clock clock;
    private final QueryGateway queries;

    BillingCommandConsole(BillingCommandController api, BillingCalendar calendar, Clock clock,
                          QueryGateway queries) {
        this.api = api;
        this.calendar = calendar;
        this.clock = clock;
        this.queries = queries;
    }

    /**
     * The period closes, the run form (offering the latest closed week and month), and the accounts matching
     * {@code q}: an account id opens that client's or worker's page at once.
     */
    @GetMapping("/console/billing")
    String start(@RequestParam(required = false) String q, Model model) {
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_SEARCH_LENGTH) {
            throw CatworkException.invalid("q", "may be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        List<AccountSummary> found = List.of();
        if (!search.isEmpty()) {
            found = matching(search).stream().filter(account -> BILLED.contains(account.role())).toList();
            if (found.size() == 1 && found.get(0).id().toString().equalsIgnoreCase(search)) {
                return "redirect:" + pageOf(found.get(0));
            }
        }
        model.addAttribute("q", search);
        model.addAttribute("found", found);
        model.addAttribute("runs", api.recentRuns());
        model.addAttribute("kinds", BillingPeriod.Kind.values());
        model.addAttribute("lastWeek", calendar.lastClosed(BillingPeriod.Kind.CLIENT_WEEKLY, clock.instant()).end());
        model.addAttribute("lastMonth", calendar.lastClosed(BillingPeriod.Kind.WORKER_MONTHLY, clock.instant()).end());
        return "console/billing/start";
    }

    @PostMapping("/console/billing/runs")
    String run(Actor actor, @Valid @ModelAttribute BillingCommandController.RunRequest form,
               RedirectAttributes redirect) {
        UUID runId = api.run(actor, form).getBody().runId();
        redirect.addFlashAttribute("notice", "The close of the " + form.kind() + " period ending " + form.periodEnd()
                + " was requested (run " + runId + ").");
        return "redirect:/console/billing";
    }

    @PostMapping("/console/billing/clients/{id}/top-ups")
    String topUp(Actor actor, @PathVariable String id, @Valid @ModelAttribute BillingCommandController.AmountRequest form,
                 RedirectAttributes redirect) {
        BillingCommandController.TopUpView done = api.topUp(actor, id, form);
        redirect.addFlashAttribute("notice", "Topped up " + done.amount() + "; the balance is now " + done.balance()
                + ".");
        return "redirect:/console/billing/clients/" + id;
    }

    @PostMapping("/console/billing/workers/{id}/bonuses")
    String bonus(Actor actor, @PathVariable String id, @Valid @ModelAttribute BillingCommandController.BonusRequest form,
                 RedirectAttributes redirect) {
        api.bonus(actor, id, form);
        redirect.addFlashAttribute("notice", "A bonus of " + form.amount() + " was given.");
        return "redirect:/console/billing/workers/" + id;
    }

    /** Retries a failed payout, from the page of the worker it pays ({@code workerId}), and goes back there. */
    @PostMapping("/console/billing/invoices/{id}/retry-payout")
    String retryPayout(@PathVariable String id, @RequestParam UUID workerId, RedirectAttributes redirect) {
        api.retryPayout(id);
        redirect.addFlashAttribute("notice", "The payout of invoice " + id + " is being retried.");
        return "redirect:/console/billing/workers/" + workerId;
    }

    private List<AccountSummary> matching(String text) {
        try {
            UUID id = UUID.fromString(text);
            return AccountSummaries.byId(queries, List.of(id)).values().stream().toList();
        } catch (IllegalArgumentException notAnId) {
            return AccountSummaries.matching(queries, text, MAX_FOUND);
        }
    }

    static String pageOf(AccountSummary account) {
        return (account.role() == Role.CLIENT ? "/console/billing/clients/" : "/console/billing/workers/")
                + account.id();
    }
}
