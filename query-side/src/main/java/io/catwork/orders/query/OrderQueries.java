package io.catwork.orders.query;

import io.catwork.orders.api.FindOrderQuery;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderHistoryQuery;
import io.catwork.orders.api.OrderView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The orders module's answers to other modules (through Axon's query bus, so they never read its tables). */
@Component
class OrderQueries {
    private final OrderViewRepository orders;
    private final OrderEventLog eventLog;

    OrderQueries(OrderViewRepository orders, OrderEventLog eventLog) {
        this.orders = orders;
        this.eventLog = eventLog;
    }

    /** The order, or null when it is unknown. */
    @QueryHandler
    OrderView handle(FindOrderQuery query) {
        return orders.findById(query.orderId().value()).map(OrderViewEntity::toView).orElse(null);
    }

    @QueryHandler
    List<OrderHistoryEntryView> handle(OrderHistoryQuery query) {
        return eventLog.history(query.orderId().value());
    }
}
