package io.catwork.ops.admin;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's operations page: every event processor (kind, position, lag, replay, segments and their owners) and
 * the cluster's nodes, and the replay of a projection behind a confirmation page. It reads and acts through
 * {@link ProcessorAdminController}, so the console refuses what the API refuses, with the same messages.
 */
@Controller
@Access(Role.MANAGER)
class ProcessorConsole {
    private final ProcessorAdminController api;

    ProcessorConsole(ProcessorAdminController api) {
        this.api = api;
    }

    @GetMapping("/console/operations")
    String processors(Model model) {
        model.addAttribute("processors", api.list());
        model.addAttribute("nodes", api.nodes());
        return "console/operations/processors";
    }

    /**
     * What a replay of the processor does, and the button that asks for it; a processor that cannot be replayed is
     * shown with the API's refusal (and its status) instead of the button.
     */
    @GetMapping("/console/operations/processors/{name}/replay")
    String confirmReplay(@PathVariable String name, Model model, HttpServletResponse response) {
        String refusal = null;
        try {
            api.replayable(name);
        } catch (CatworkException refused) {
            if (refused.code().kind() != ErrorCode.Kind.CONFLICT) {
                throw refused;
            }
            refusal = refused.getMessage();
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("processor", api.list().stream().filter(processor -> processor.name().equals(name))
                .findFirst().orElseThrow(() -> CatworkException.notFound("processor " + name)));
        model.addAttribute("refusal", refusal);
        if (refusal != null) {
            model.addAttribute("problem", refusal);
        }
        return "console/operations/replay";
    }

    @PostMapping("/console/operations/processors/{name}/replay")
    String replay(Actor actor, @PathVariable String name, RedirectAttributes redirect) {
        api.replay(actor, name);
        redirect.addFlashAttribute("notice", "Replay of " + name + " requested");
        return "redirect:/console/operations";
    }
}
