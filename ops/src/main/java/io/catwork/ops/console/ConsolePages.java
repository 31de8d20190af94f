package io.catwork.ops.console;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.ops.web.ConsoleSections;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's own pages: the login page (its form is handled by Spring Security, see SecurityConfiguration) and the
 * start page. Each business module serves its pages under {@code /console} next to its REST controllers, in the same
 * layout ({@code templates/console/layout.html}).
 */
@Controller
class ConsolePages {
    private final ConsoleSections sections;

    ConsolePages(ConsoleSections sections) {
        this.sections = sections;
    }

    @Access(open = true)
    @GetMapping("/console/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "console/login";
    }

    /** The first section the modules declared. */
    @Access(Role.MANAGER)
    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:" + sections.home();
    }
}
