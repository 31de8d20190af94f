package io.catwork.orders.query;

import io.catwork.orders.api.OrderEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.supplies.api.CookieOrderFailedEvent;
import io.catwork.supplies.api.KitStatus;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * {@code order_view}: every order as the API shows it. Sequenced by order id (its module declares so), so an order's
 * own events and its kit's arrive in order, on one segment.
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderProjection {
    static final String GROUP = "orders-projection";

    private final OrderViewRepository repository;

    OrderProjection(OrderViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(OrderEvent event, @Timestamp Instant at) {
        OrderViewEntity order = repository.findById(event.orderId().value())
                .or(() -> event instanceof OrderPlacedEvent ? Optional.of(new OrderViewEntity())
                        : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("no view of order " + event.orderId()));
        order.apply(event, at);
        repository.save(order);
    }

    /** The order's kit status mirrors its kit's, a flagged cookie order included (kit events carry the order id). */
    @EventHandler
    void on(CookieOrderFailedEvent event, @Timestamp Instant at) {
        kit(event.orderId(), KitStatus.COOKIE_ORDER_FAILED, at);
    }

    @EventHandler
    void on(SupplyKitReadyEvent event, @Timestamp Instant at) {
        kit(event.orderId(), KitStatus.READY, at);
    }

    private void kit(OrderId orderId, KitStatus status, Instant at) {
        OrderViewEntity order = repository.findById(orderId.value())
                .orElseThrow(() -> new IllegalStateException("no view of order " + orderId));
        order.kitStatus(status, at);
        repository.save(order);
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
