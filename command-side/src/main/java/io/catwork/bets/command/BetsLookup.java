package io.catwork.bets.command;

import io.catwork.bets.api.BetPlacedEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bets' command-side lookup (subscribing: written in the transaction of the order's own event): whether each
 * order still takes bets, and which order each bet is on. A bet reads its order's row under a row lock, so a bet
 * and the check-in (or final event) that closes betting are serialized: the bet lands before it, or is refused.
 * The lock is {@code for update}, not {@code for share}: the embedded H2 default knows only the former.
 */
@Component
@ProcessingGroup(BetsLookup.GROUP)
class BetsLookup {
    static final String GROUP = "bets-lookup";

    private final JdbcTemplate jdbc;

    BetsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("insert into bets_order (order_id, open) values (?, true) on conflict do nothing",
                event.orderId().value());
    }

    @EventHandler
    void on(OrderStartedEvent event) {
        close(event.orderId());
    }

    @EventHandler
    void on(OrderCompletedEvent event) {
        close(event.orderId());
    }

    @EventHandler
    void on(OrderFailedEvent event) {
        close(event.orderId());
    }

    @EventHandler
    void on(OrderCancelledEvent event) {
        close(event.orderId());
    }

    @EventHandler
    void on(BetPlacedEvent event) {
        jdbc.update("insert into bets_bet (bet_id, order_id) values (?, ?) on conflict do nothing",
                event.betId().value(), event.orderId().value());
    }

    private void close(OrderId orderId) {
        jdbc.update("update bets_order set open = false where order_id = ?", orderId.value());
    }

    /** Whether the order takes bets, read under a row lock held to the end of the caller's transaction. */
    Optional<Boolean> isOpenLocked(OrderId orderId) {
        return jdbc.query("select open from bets_order where order_id = ? for update",
                rows -> rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty(), orderId.value());
    }

    boolean hasBets(OrderId orderId) {
        return Boolean.TRUE.equals(jdbc.query("select exists (select 1 from bets_bet where order_id = ?)",
                rows -> rows.next() && rows.getBoolean(1), orderId.value()));
    }

    Optional<OrderId> orderOf(UUID betId) {
        return jdbc.query("select order_id from bets_bet where bet_id = ?",
                rows -> rows.next() ? Optional.of(new OrderId(rows.getObject(1, UUID.class))) : Optional.empty(),
                betId);
    }
}
