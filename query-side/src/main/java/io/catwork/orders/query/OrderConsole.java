package io.catwork.orders.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.AccountSummariesQuery;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.accounts.api.SearchAccountsQuery;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Paging;
import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
    static final int MAX_SEARCH_LENGTH = 200;

    private final OrderQueryController api;
    private final OrderViewRepository orders;
    private final QueryGateway queries;
    private final ObjectMapper json;

    OrderConsole(OrderQueryController api, OrderViewRepository orders, QueryGateway queries, ObjectMapper json) {
        this.api = api;
        this.orders = orders;
        this.queries = queries;
        this.json = json;
    }

    /** A line of the timeline: the event, who caused it, and whether it happened after the moment shown. */
    record TimelineEntry(int index, OrderHistoryEntryView event, String actorName, String payload, boolean later) {
    }

    @GetMapping("/console/orders")
    String list(Actor actor, @RequestParam(required = false) OrderStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_SEARCH_LENGTH) {
            throw CatworkException.invalid("q", "may be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        List<OrderView> found;
        long total;
        if (search.isEmpty()) {
            ResponseEntity<List<OrderView>> listed = api.list(actor, status, paging.page(), paging.size());
            found = listed.getBody();
            total = Long.parseLong(listed.getHeaders().getFirst("X-Total-Count"));
        } else {
            Set<UUID> ids = new HashSet<>();
            try {
                ids.add(UUID.fromString(search));
            } catch (IllegalArgumentException notAnId) {
                accountsMatching(search).forEach(account -> ids.add(account.id()));
            }
            Sort newestFirst = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"));
            Page<OrderViewEntity> matching = ids.isEmpty() ? Page.empty()
                    : orders.searchByIds(ids, status, PageRequest.of(paging.page(), paging.size(), newestFirst));
            found = matching.map(OrderViewEntity::toView).getContent();
            total = matching.getTotalElements();
        }
        Set<UUID> people = new HashSet<>();
        found.forEach(order -> {
            people.add(order.clientId());
            if (order.workerId() != null) {
                people.add(order.workerId());
            }
        });
        model.addAttribute("orders", found);
        model.addAttribute("names", names(people));
        model.addAttribute("total", total);
        model.addAttribute("page", paging.page());
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("q", search);
        model.addAttribute("statuses", OrderStatus.values());
        return "console/orders/list";
    }

    /**
     * The order now, or as of a moment of its life: {@code at}, the index of one of its events (the slider), or
     * {@code asOf}, a time in UTC. The timeline shows every event, those after the moment dimmed.
     */
    @GetMapping("/console/orders/{id}")
    String order(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer at,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                 LocalDateTime asOf, Model model) {
        List<OrderHistoryEntryView> history = api.history(id);
        Instant moment = null;
        if (at != null) {
            if (at < 0 || at >= history.size()) {
                throw CatworkException.invalid("at", "must be between 0 and " + (history.size() - 1));
            }
            moment = history.get(at).occurredAt();
        } else if (asOf != null) {
            moment = asOf.toInstant(ZoneOffset.UTC);
        }
        OrderView order = null;
        if (moment == null) {
            order = api.get(actor, id, null);
        } else {
            try {
                order = api.get(actor, id, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
            } catch (CatworkException notYet) {
                if (notYet.code().kind() != ErrorCode.Kind.NOT_FOUND) {
                    throw notYet;
                }
            }
        }
        Instant shown = moment;
        List<TimelineEntry> timeline = new ArrayList<>();
        Set<UUID> people = new HashSet<>();
        for (OrderHistoryEntryView event : history) {
            if (event.actor() != null && event.actor().id() != null) {
                people.add(UUID.fromString(event.actor().id()));
            }
        }
        OrderView current = order != null ? order : api.get(actor, id, null);
        people.add(current.clientId());
        if (current.workerId() != null) {
            people.add(current.workerId());
        }
        Map<UUID, AccountSummary> names = names(people);
        int lastShown = history.size() - 1;
        for (int index = 0; index < history.size(); index++) {
            OrderHistoryEntryView event = history.get(index);
            boolean later = shown != null && event.occurredAt().isAfter(shown);
            if (shown != null && !later) {
                lastShown = index;
            }
            AccountSummary who = event.actor() == null || event.actor().id() == null ? null
                    : names.get(UUID.fromString(event.actor().id()));
            timeline.add(new TimelineEntry(index, event, who == null ? null : who.name(), pretty(event.payload()),
                    later));
        }
        if (shown != null && history.get(0).occurredAt().isAfter(shown)) {
            lastShown = -1;
        }
        model.addAttribute("orderId", id);
        model.addAttribute("order", order);
        model.addAttribute("names", names);
        model.addAttribute("timeline", timeline);
        model.addAttribute("moment", shown);
        model.addAttribute("momentInput", (shown == null ? history.get(history.size() - 1).occurredAt() : shown)
                .atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString());
        model.addAttribute("sliderAt", Math.max(0, lastShown));
        model.addAttribute("lastIndex", history.size() - 1);
        return "console/orders/order";
    }

    /** A check-in or report photo, shown inline on the order's page (the API's rules: who may see the order). */
    @GetMapping("/console/orders/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable UUID id, @PathVariable UUID photoId) {
        return api.photo(actor, id, photoId);
    }

    private List<AccountSummary> accountsMatching(String text) {
        return queries.query(new SearchAccountsQuery(text, 100),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
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
