package io.catwork.notifications.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import io.catwork.notifications.api.NotificationStatus;
import io.catwork.notifications.api.NotificationView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's emails (an operations page): every email by status, newest first, and a resend of one. It reads and
 * acts through {@link NotificationAdminController}, so the console refuses what the API refuses, with its messages.
 */
@Controller
@Access(Role.MANAGER)
class NotificationConsole {
    static final int PAGE_SIZE = 50;

    private final NotificationAdminController api;

    NotificationConsole(NotificationAdminController api) {
        this.api = api;
    }

    @GetMapping("/console/operations/emails")
    String list(@RequestParam(required = false) NotificationStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        ResponseEntity<List<NotificationView>> listed = api.list(status, page, PAGE_SIZE);
        long total = Long.parseLong(listed.getHeaders().getFirst("X-Total-Count"));
        model.addAttribute("emails", listed.getBody());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", NotificationStatus.values());
        return "console/notifications/emails";
    }

    @PostMapping("/console/operations/emails/{id}/resend")
    String resend(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        api.resend(actor, id);
        redirect.addFlashAttribute("notice", "The email " + id + " will be sent once more");
        return "redirect:/console/operations/emails";
    }
}
