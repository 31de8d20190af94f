package io.catwork.orders.query;

import io.catwork.orders.api.OrderEvent;
import io.catwork.orders.api.OrderHistoryEntryView;
import io.catwork.orders.api.OrderHistoryEntryView.ActorView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** An order's own events, read straight from the event store: the audit trail and the source of {@code asOf}. */
@Component
class OrderEventLog {
    static final String AGGREGATE_TYPE = "Order";

    private final EventStore eventStore;

    OrderEventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The order's events in order; empty when there is no order with this id. */
    List<? extends DomainEventMessage<?>> events(UUID orderId) {
        return eventStore.readEvents(orderId.toString()).asStream()
                .filter(message -> AGGREGATE_TYPE.equals(message.getType()))
                .toList();
    }

    List<OrderHistoryEntryView> history(UUID orderId) {
        return events(orderId).stream().map(OrderEventLog::toHistoryEntry).toList();
    }

    /** The order folded from the events that happened at or before {@code asOf}; not {@code exists()} if none. */
    OrderViewEntity stateAsOf(UUID orderId, Instant asOf) {
        return fold(orderId, message -> !message.getTimestamp().isAfter(asOf));
    }

    /** The order folded from its events up to the one with this sequence number; not {@code exists()} if none. */
    OrderViewEntity stateAfter(UUID orderId, long sequence) {
        return fold(orderId, message -> message.getSequenceNumber() <= sequence);
    }

    private OrderViewEntity fold(UUID orderId, Predicate<DomainEventMessage<?>> included) {
        OrderViewEntity order = new OrderViewEntity();
        events(orderId).stream()
                .filter(included)
                .filter(message -> message.getPayload() instanceof OrderEvent)
                .forEach(message -> order.apply((OrderEvent) message.getPayload(), message.getTimestamp()));
        return order;
    }

    private static OrderHistoryEntryView toHistoryEntry(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        ActorView actor = new ActorView((String) metaData.get("actorId"), (String) metaData.get("actorRole"));
        return new OrderHistoryEntryView(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                message.getTimestamp(), actor, (String) metaData.get("correlationId"), message.getPayload());
    }
}
