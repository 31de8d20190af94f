package io.catwork.bets.query;

import io.catwork.accounts.api.AccountSummaries;
import io.catwork.bets.api.BetOutcome;
import io.catwork.bets.api.BetPoolView;
import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.console.ConsoleParts;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The console's bets pages: an order's pool (a part of the order's page: bets, settlement and shares, the form that
 * places a bet, and "paid" for the winners not paid yet) and the developers' fund. They read through
 * {@link BetsQueryController}; the forms post to the command side's console.
 */
@Controller
@Access(Role.MANAGER)
class BetsConsole {
    private final BetsQueryController api;
    private final QueryGateway queries;

    BetsConsole(BetsQueryController api, QueryGateway queries) {
        this.api = api;
        this.queries = queries;
    }

    @GetMapping("/console/orders/{id}/bets")
    String pool(@PathVariable String id,
                @RequestHeader(value = ConsoleParts.FRAGMENT_HEADER, required = false) String fragment, Model model) {
        BetPoolView pool = api.pool(id);
        Set<UUID> managers = pool.bets().stream().map(BetPoolView.Bet::managerId).collect(Collectors.toSet());
        model.addAttribute("orderId", UUID.fromString(id));
        model.addAttribute("pool", pool);
        model.addAttribute("settled", "SETTLED".equals(pool.status()));
        model.addAttribute("names", AccountSummaries.byId(queries, managers));
        model.addAttribute("outcomes", BetOutcome.values());
        return fragment != null ? "console/bets/pool :: part" : "console/bets/pool";
    }

    @GetMapping("/console/bets")
    String fund(Model model) {
        model.addAttribute("fund", api.developersFund());
        return "console/bets/fund";
    }
}
