package io.catwork.ops.console;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/**
 * The console's own pages: the login page (its form is handled by Spring Security, see SecurityConfiguration) and the
 * start page. Each business module serves its pages under {@code /console} next to its REST controllers, in the same
 * layout ({@code templates/console/layout.html}).
 */
@Controller
class ConsolePages {

    @Access(open = true)
    @GetMapping("/console/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "console/login";
    }

    @Access(Role.MANAGER)
    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:/console/orders";
    }
}
