package io.catwork.reviews.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.console.ConsoleParts;
import io.catwork.console.Timeline;
import io.catwork.reviews.api.Verdict;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's quality review pages: the OPEN queue and the DONE list, a review's page (the order's state and
 * history, photos, the client's contacts, the result form or the result) and the review part of an order's page. They
 * read through {@link ReviewsQueryController}; the forms post to the command side's console.
 */
@Controller
@Access(Role.MANAGER)
class ReviewsConsole {
    static final int PAGE_SIZE = 50;

    private final ReviewsQueryController api;
    private final QueryGateway queries;
    private final ObjectMapper json;

    ReviewsConsole(ReviewsQueryController api, QueryGateway queries, ObjectMapper json) {
        this.api = api;
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/console/reviews")
    String list(@RequestParam(defaultValue = "OPEN") ReviewsQueryController.Status status,
               @RequestParam(defaultValue = "0") int page, Model model) {
        ResponseEntity<List<ReviewsQueryController.ReviewSummary>> listed = api.list(status, page, PAGE_SIZE);
        long total = Long.parseLong(listed.getHeaders().getFirst("X-Total-Count"));
        model.addAttribute("reviews", listed.getBody());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", status);
        return "console/reviews/list";
    }

    @GetMapping("/console/reviews/{id}")
    String review(@PathVariable String id, Model model) {
        ReviewsQueryController.ReviewDetail review = api.get(id);
        List<UUID> others = review.result() == null ? List.of() : Collections.singletonList(
                review.result().completedBy());
        Timeline.Named history = Timeline.of(review.history(), review.history().size() - 1, others, queries, json);
        model.addAttribute("review", review);
        model.addAttribute("history", history.entries());
        model.addAttribute("names", history.names());
        model.addAttribute("verdicts", Verdict.values());
        return "console/reviews/review";
    }

    /** The order page's part: the order's reviews and the form that opens one by hand. */
    @GetMapping("/console/orders/{id}/review")
    String ofOrder(@PathVariable UUID id,
                   @RequestHeader(value = ConsoleParts.FRAGMENT_HEADER, required = false) String fragment, Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("reviews", api.ofOrder(id));
        model.addAttribute("max", ReviewsQueryController.MAX_REVIEWS_OF_AN_ORDER);
        return fragment != null ? "console/reviews/order :: part" : "console/reviews/order";
    }
}
