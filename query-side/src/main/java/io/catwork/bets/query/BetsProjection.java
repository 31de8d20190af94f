package io.catwork.bets.query;

import io.catwork.bets.api.BetPaidEvent;
import io.catwork.bets.api.BetPlacedEvent;
import io.catwork.bets.api.PoolSettledEvent;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pools as managers see them: OPEN from the order's creation, CLOSED at check-in or a final state, SETTLED with
 * each bet's payout and the developers' share. Sequenced by order (its module declares so), so a pool's settlement
 * comes after the order event that caused it. Every row comes from event data alone: a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(BetsProjection.GROUP)
class BetsProjection {
    static final String GROUP = "bets-projection";

    private final JdbcTemplate jdbc;

    BetsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("insert into bet_pool_view (order_id, status, pot, developers_share) values (?, 'OPEN', 0, 0) "
                + "on conflict do nothing", event.orderId().value());
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
        int added = jdbc.update("insert into bet_view (bet_id, order_id, manager_id, amount, outcome, position, "
                        + "payout, paid) values (?, ?, ?, ?, ?, ?, null, false) on conflict do nothing",
                event.betId().value(), event.orderId().value(), event.managerId().value(), event.amount().amount(),
                event.outcome().name(), event.position());
        if (added == 1) {
            jdbc.update("update bet_pool_view set pot = pot + ? where order_id = ?", event.amount().amount(),
                    event.orderId().value());
        }
    }

    @EventHandler
    void on(PoolSettledEvent event) {
        jdbc.update("update bet_pool_view set status = 'SETTLED', pot = ?, developers_share = ? where order_id = ?",
                event.pot().amount(), event.developersShare().amount(), event.orderId().value());
        jdbc.update("update bet_view set payout = ? where order_id = ?", BigDecimal.ZERO.setScale(2),
                event.orderId().value());
        for (PoolSettledEvent.Payout payout : event.payouts()) {
            jdbc.update("update bet_view set payout = ? where bet_id = ?", payout.amount().amount(),
                    payout.betId().value());
        }
    }

    @EventHandler
    void on(BetPaidEvent event) {
        jdbc.update("update bet_view set paid = true where bet_id = ?", event.betId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from bet_view");
        jdbc.update("delete from bet_pool_view");
    }

    private void close(OrderId orderId) {
        jdbc.update("update bet_pool_view set status = 'CLOSED' where order_id = ? and status = 'OPEN'",
                orderId.value());
    }
}
