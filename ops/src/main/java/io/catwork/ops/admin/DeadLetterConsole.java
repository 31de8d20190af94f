package io.catwork.ops.admin;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import io.catwork.ops.processing.DeadLetters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's dead letters: what every processing group has parked, group by group, and a retry of each parked
 * sequence. It reads and acts through {@link DeadLetterAdminController} (same rules, same messages, audited).
 */
@Controller
@Access(Role.MANAGER)
class DeadLetterConsole {
    private final DeadLetterAdminController api;

    DeadLetterConsole(DeadLetterAdminController api) {
        this.api = api;
    }

    @GetMapping("/console/operations/dead-letters")
    String list(@RequestParam(required = false) String group, Model model) {
        List<DeadLetters.ParkedSequence> parked = api.list(group == null || group.isBlank() ? null : group);
        Map<String, List<DeadLetters.ParkedSequence>> byGroup = parked.stream().collect(Collectors.groupingBy(
                DeadLetters.ParkedSequence::group, TreeMap::new, Collectors.toList()));
        model.addAttribute("groups", byGroup);
        model.addAttribute("total", parked.size());
        model.addAttribute("group", group == null || group.isBlank() ? null : group);
        return "console/operations/dead-letters";
    }

    @PostMapping("/console/operations/dead-letters/{group}/{sequence}/retry")
    String retry(Actor actor, @PathVariable String group, @PathVariable String sequence,
                 RedirectAttributes redirect) {
        DeadLetters.RetryOutcome outcome = api.retry(actor, group, sequence).getBody();
        redirect.addFlashAttribute("notice", "Retried " + sequence + " of " + group + ": "
                + (outcome.healed() ? "healed" : "still failing, " + outcome.remaining() + " parked"));
        return "redirect:/console/operations/dead-letters";
    }
}
