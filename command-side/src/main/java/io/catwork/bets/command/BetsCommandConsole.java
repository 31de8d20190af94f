package io.catwork.bets.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's bets forms on an order's page: place a bet and mark a winning bet paid. They act through
 * {@link BetsCommandController}, so a refused form shows the API's own messages.
 */
@Controller
@Access(Role.MANAGER)
class BetsCommandConsole {
    private final BetsCommandController api;

    BetsCommandConsole(BetsCommandController api) {
        this.api = api;
    }

    @PostMapping("/console/orders/{id}/bets")
    String bet(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute BetsCommandController.BetRequest form,
               RedirectAttributes redirect) {
        api.bet(actor, id.toString(), form);
        redirect.addFlashAttribute("notice", "Your bet of " + form.amount().toPlainString() + " on "
                + form.outcome() + " is placed.");
        return "redirect:/console/orders/" + id;
    }

    /** {@code orderId}: the order whose page the button is on, shown again after the bet is marked paid. */
    @PostMapping("/console/bets/{betId}/paid")
    String paid(Actor actor, @PathVariable String betId, @RequestParam UUID orderId, RedirectAttributes redirect) {
        api.paid(actor, betId);
        redirect.addFlashAttribute("notice", "The bet is marked paid.");
        return "redirect:/console/orders/" + orderId;
    }
}
