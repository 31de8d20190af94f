package io.catwork.reviews.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.AccountSummariesQuery;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.reviews.api.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
    private final ReviewsQueryController api;
    private final QueryGateway queries;
    private final ObjectMapper json;

    ReviewsConsole(ReviewsQueryController api, QueryGateway queries, ObjectMapper json) {
        this.api = api;
        this.queries = queries;
        this.json = json;
    }

    /** A line of the order's history: the event, the name of who caused it and its payload as JSON. */
    record HistoryEntry(OrderHistoryEntryView event, String actorName, String payload) {
    }

    @GetMapping("/console/reviews")
    String list(@RequestParam(defaultValue = "OPEN") ReviewsQueryController.Status status, Model model) {
        model.addAttribute("reviews", api.list(status));
        model.addAttribute("status", status);
        return "console/reviews/list";
    }

    @GetMapping("/console/reviews/{id}")
    String review(@PathVariable String id, Model model) {
        ReviewsQueryController.ReviewDetail review = api.get(id);
        Set<UUID> people = new HashSet<>();
        review.history().forEach(event -> {
            if (event.actor() != null && event.actor().id() != null) {
                people.add(UUID.fromString(event.actor().id()));
            }
        });
        if (review.result() != null && review.result().completedBy() != null) {
            people.add(review.result().completedBy());
        }
        Map<UUID, AccountSummary> names = names(people);
        List<HistoryEntry> history = review.history().stream().map(event -> {
            AccountSummary who = event.actor() == null || event.actor().id() == null ? null
                    : names.get(UUID.fromString(event.actor().id()));
            return new HistoryEntry(event, who == null ? null : who.name(), pretty(event.payload()));
        }).toList();
        model.addAttribute("review", review);
        model.addAttribute("history", history);
        model.addAttribute("names", names);
        model.addAttribute("verdicts", Verdict.values());
        return "console/reviews/review";
    }

    /** The order page's part: the order's reviews and the form that opens one by hand. */
    @GetMapping("/console/orders/{id}/review")
    String ofOrder(@PathVariable UUID id,
                   @RequestHeader(value = "X-Console-Fragment", required = false) String fragment, Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("reviews", api.ofOrder(id));
        model.addAttribute("max", ReviewsQueryController.MAX_REVIEWS_OF_AN_ORDER);
        return fragment != null ? "console/reviews/order :: part" : "console/reviews/order";
    }

    private Map<UUID, AccountSummary> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return queries.query(new AccountSummariesQuery(ids), ResponseTypes.multipleInstancesOf(AccountSummary.class))
                .join().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    private String pretty(Object payload) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(payload);
        } catch (JsonProcessingException unexpected) {
            return String.valueOf(payload);
        }
    }
}
