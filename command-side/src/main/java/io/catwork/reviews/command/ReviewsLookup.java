package io.catwork.reviews.command;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.reviews.api.ReviewCompletedEvent;
import io.catwork.reviews.api.ReviewOpenedEvent;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reviews' command-side lookup (subscribing): each order's client and assigned worker, and its open reviews. A
 * manual review locks its order's row first, so two managers opening one at the same moment cannot both succeed.
 */
@Component
@ProcessingGroup(ReviewsLookup.GROUP)
class ReviewsLookup {
    static final String GROUP = "reviews-lookup";

    private final JdbcTemplate jdbc;

    ReviewsLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who an order is about: its client, and its worker once one was assigned. */
    record Parties(AccountId clientId, AccountId workerId) {
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        jdbc.update("insert into reviews_order (order_id, client_id) values (?, ?) on conflict do nothing",
                event.orderId().value(), event.clientId().value());
    }

    @EventHandler
    void on(WorkerAssignedEvent event) {
        jdbc.update("update reviews_order set worker_id = ? where order_id = ?", event.workerId().value(),
                event.orderId().value());
    }

    @EventHandler
    void on(ReviewOpenedEvent event) {
        jdbc.update("insert into reviews_open (review_id, order_id) values (?, ?) on conflict do nothing",
                event.reviewId().value(), event.orderId().value());
    }

    @EventHandler
    void on(ReviewCompletedEvent event) {
        jdbc.update("delete from reviews_open where review_id = ?", event.reviewId().value());
    }

    Optional<Parties> parties(OrderId orderId) {
        return jdbc.query("select client_id, worker_id from reviews_order where order_id = ?", rows -> rows.next()
                ? Optional.of(new Parties(new AccountId(rows.getObject(1, UUID.class)),
                rows.getObject(2, UUID.class) == null ? null : new AccountId(rows.getObject(2, UUID.class))))
                : Optional.empty(), orderId.value());
    }

    /** The order's parties, its row locked to the end of the caller's transaction. */
    Optional<Parties> lockOrder(OrderId orderId) {
        jdbc.query("select order_id from reviews_order where order_id = ? for update", rows -> null,
                orderId.value());
        return parties(orderId);
    }

    boolean hasOpenReview(OrderId orderId) {
        return Boolean.TRUE.equals(jdbc.query("select exists (select 1 from reviews_open where order_id = ?)",
                rows -> rows.next() && rows.getBoolean(1), orderId.value()));
    }
}
