package io.catwork.orders.query;

import io.catwork.orders.api.OrderEvent;
import io.catwork.orders.api.OrderPlacedEvent;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

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

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
