package io.catwork.supplies.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.console.ConsoleParts;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The supply kit part of the console's order page (read-only): the kit's status, what it holds (the cookie and its
 * supplier order, whether it is packed) and its times, read through {@link SupplyKitQueryController}.
 */
@Controller
@Access(Role.MANAGER)
class SupplyKitConsole {
    private final SupplyKitQueryController api;

    SupplyKitConsole(SupplyKitQueryController api) {
        this.api = api;
    }

    @GetMapping("/console/orders/{id}/kit")
    String kit(@PathVariable UUID id, @RequestHeader(value = ConsoleParts.FRAGMENT_HEADER, required = false) String fragment,
               Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("kit", api.kitOfOrder(id).orElse(null));
        return fragment != null ? "console/supplies/kit :: part" : "console/supplies/kit";
    }
}
