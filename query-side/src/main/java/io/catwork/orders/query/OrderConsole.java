package io.catwork.orders.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.AccountSummaries;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import io.catwork.console.Timeline;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's order pages: the list (status filter, search by order id, client or worker) and an order's page with
 * its audit timeline and the time-travel control. They read through {@link OrderQueryController}, so the console and
 * the API apply the same rules and refuse with the same messages. The order's kit, bets and review are parts served by
 * their own modules (the page loads them; without the script they are links).
 */
@Controller
@Access(Role.MANAGER)
class OrderConsole {
    static final int PAGE_SIZE = 25;
    /** The longest {@code asOf} a date and time with an offset can be. */
    static final int MAX_MOMENT_LENGTH = 40;

    private final OrderQueryController api;
    private final QueryGateway queries;
    private final ObjectMapper json;

    OrderConsole(OrderQueryController api, QueryGateway queries, ObjectMapper json) {
        this.api = api;
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/console/orders")
    String list(Actor actor, @RequestParam(required = false) OrderStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        ResponseEntity<List<OrderView>> listed = api.list(actor, status, q, page, PAGE_SIZE);
        List<OrderView> found = listed.getBody();
        long total = Long.parseLong(listed.getHeaders().getFirst("X-Total-Count"));
        List<UUID> people = new ArrayList<>();
        found.forEach(order -> {
            people.add(order.clientId());
            people.add(order.workerId());
        });
        model.addAttribute("orders", found);
        model.addAttribute("names", AccountSummaries.byId(queries, people));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("statuses", OrderStatus.values());
        return "console/orders/list";
    }

    /**
     * The order now, or as of a moment of its life: {@code at}, the index of one of its events (the slider: the order
     * after that event, by its sequence number), or {@code asOf}, a date and time (UTC unless it carries an offset).
     * The timeline shows every event, those after the moment dimmed.
     */
    @GetMapping("/console/orders/{id}")
    String order(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer at,
                 @RequestParam(required = false) String asOf, Model model) {
        List<OrderHistoryEntryView> history = api.history(id);
        Instant moment = null;
        int lastShown = history.size() - 1;
        OrderView then = null;
        if (at != null) {
            if (at < 0 || at >= history.size()) {
                throw CatworkException.invalid("at", "must be between 0 and " + (history.size() - 1));
            }
            lastShown = at;
            moment = history.get(at).occurredAt();
            then = api.get(actor, id, null, history.get(at).sequence());
        } else if (asOf != null && !asOf.isBlank()) {
            moment = moment(asOf);
            lastShown = -1;
            for (int index = 0; index < history.size(); index++) {
                if (!history.get(index).occurredAt().isAfter(moment)) {
                    lastShown = index;
                }
            }
            then = lastShown < 0 ? null : existingAsOf(actor, id, moment);
        }
        OrderView now = api.get(actor, id, null, null);
        Timeline.Named timeline = Timeline.of(history, lastShown, List.of(now.clientId()), queries, json);
        model.addAttribute("orderId", id);
        model.addAttribute("order", moment == null ? now : then);
        model.addAttribute("client", timeline.names().get(now.clientId()));
        model.addAttribute("timeline", timeline.entries());
        model.addAttribute("moment", moment);
        model.addAttribute("momentInput", (moment == null ? history.get(history.size() - 1).occurredAt() : moment)
                .atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString());
        model.addAttribute("sliderAt", Math.max(0, lastShown));
        model.addAttribute("beforeFirst", lastShown < 0);
        model.addAttribute("lastIndex", history.size() - 1);
        return "console/orders/order";
    }

    /** A check-in or report photo, shown inline on the order's page (the API's rules: who may see the order). */
    @GetMapping("/console/orders/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable UUID photoId) {
        return api.photo(actor, id, photoId);
    }

    private OrderView existingAsOf(Actor actor, UUID id, Instant moment) {
        try {
            return api.get(actor, id, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC), null);
        } catch (CatworkException notYet) {
            if (notYet.code().kind() == ErrorCode.Kind.NOT_FOUND) {
                return null;
            }
            throw notYet;
        }
    }

    /** The time-travel field: a date and time with an offset, or without one (then it is UTC, as the page says). */
    private static Instant moment(String asOf) {
        String text = asOf.strip();
        if (text.length() > MAX_MOMENT_LENGTH) {
            throw CatworkException.invalid("asOf", "has the wrong type or format");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException neither) {
                throw CatworkException.invalid("asOf", "has the wrong type or format");
            }
        }
    }
}
