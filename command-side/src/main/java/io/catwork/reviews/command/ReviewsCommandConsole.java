package io.catwork.reviews.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's quality review forms: a review's result and a review opened by hand from an order's page. They act
 * through {@link ReviewsCommandController}, so a refused form shows the API's own messages.
 */
@Controller
@Access(Role.MANAGER)
class ReviewsCommandConsole {
    private final ReviewsCommandController api;

    ReviewsCommandConsole(ReviewsCommandController api) {
        this.api = api;
    }

    @PostMapping("/console/reviews/{id}/result")
    String result(Actor actor, @PathVariable String id,
                  @Valid @ModelAttribute ReviewsCommandController.ResultRequest form, RedirectAttributes redirect) {
        api.result(actor, id, form);
        redirect.addFlashAttribute("notice", "The result of the review is saved.");
        return "redirect:/console/reviews/" + id;
    }

    @PostMapping("/console/orders/{id}/reviews")
    String open(@PathVariable UUID id, RedirectAttributes redirect) {
        api.open(new ReviewsCommandController.OpenRequest(id));
        redirect.addFlashAttribute("notice", "A review of the order is open.");
        return "redirect:/console/orders/" + id;
    }
}
