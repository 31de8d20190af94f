package io.catwork.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.AccountSummaries;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.orders.api.OrderHistoryEntryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;

/**
 * An order's history as the console shows it (the order's page and a review's page, through
 * {@code templates/console/timeline.html}): each event with the name of who caused it, its payload as indented JSON,
 * and whether it happened after the moment the page shows.
 */
public final class Timeline {
    private Timeline() {
    }

    /** One event: its index in the order's life, who caused it by name (null for the system) and its payload. */
    public record Entry(int index, OrderHistoryEntryView event, String actorName, String payload, boolean later) {
    }

    /**
     * The events, those after index {@code lastShown} marked later ({@code history.size() - 1}: none; -1: all), with the
     * names of the people who caused them and {@code others}, asked of the accounts module in one query.
     */
    public static Named of(List<OrderHistoryEntryView> history, int lastShown, List<UUID> others, QueryGateway queries,
                           ObjectMapper json) {
        List<UUID> people = new ArrayList<>(others);
        history.forEach(event -> people.add(actorId(event)));
        Map<UUID, AccountSummary> names = AccountSummaries.byId(queries, people.stream().filter(Objects::nonNull)
                .toList());
        List<Entry> entries = new ArrayList<>(history.size());
        for (int index = 0; index < history.size(); index++) {
            OrderHistoryEntryView event = history.get(index);
            AccountSummary who = actorId(event) == null ? null : names.get(actorId(event));
            entries.add(new Entry(index, event, who == null ? null : who.name(), pretty(json, event.payload()),
                    index > lastShown));
        }
        return new Named(entries, names);
    }

    /** The timeline's entries, and the accounts it named (with {@code others}), by id. */
    public record Named(List<Entry> entries, Map<UUID, AccountSummary> names) {
    }

    private static UUID actorId(OrderHistoryEntryView event) {
        return event.actor() == null || event.actor().id() == null ? null : UUID.fromString(event.actor().id());
    }

    private static String pretty(ObjectMapper json, Object payload) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(payload);
        } catch (JsonProcessingException unexpected) {
            return String.valueOf(payload);
        }
    }
}
