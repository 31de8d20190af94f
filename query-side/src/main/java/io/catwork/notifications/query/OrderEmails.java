package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderPlacedEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The client hears that its order was received, and that it was cancelled. */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class OrderEmails {
    static final String ORDER_RECEIVED = "order-received";
    static final String ORDER_CANCELLED = "order-cancelled";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RecipientRepository recipients;
    private final OrderRecipientRepository orders;
    private final NotificationOutbox outbox;
    private final ZoneId zone;

    OrderEmails(RecipientRepository recipients, OrderRecipientRepository orders, NotificationOutbox outbox,
                @Value("${catwork.billing.zone:Europe/Moscow}") ZoneId zone) {
        this.recipients = recipients;
        this.orders = orders;
        this.outbox = outbox;
        this.zone = zone;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @MessageIdentifier String eventId) {
        orders.save(new OrderRecipient(event.orderId().value(), event.clientId().value(), event.scheduledAt()));
        Map<String, Object> variables = orderVariables(event.orderId().value(), event.scheduledAt());
        variables.put("address", event.address());
        variables.put("description", event.description());
        toClient(event.clientId().value(), eventId, ORDER_RECEIVED, variables);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = orders.findById(event.orderId().value())
                .orElseThrow(() -> new IllegalStateException("unknown order " + event.orderId()));
        Map<String, Object> variables = orderVariables(event.orderId().value(), order.scheduledAt());
        variables.put("reason", event.reason() == null ? "" : event.reason());
        variables.put("byManager", event.cancelledBy().role() == Role.MANAGER);
        toClient(order.clientId(), eventId, ORDER_CANCELLED, variables);
    }

    private Map<String, Object> orderVariables(UUID orderId, Instant scheduledAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderId", orderId.toString());
        variables.put("scheduledAt", TIME.format(scheduledAt.atZone(zone)));
        variables.put("zone", zone.getId());
        return variables;
    }

    private void toClient(UUID clientId, String eventId, String template, Map<String, Object> variables) {
        Recipient client = recipients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("unknown client " + clientId));
        variables.put("name", client.name());
        outbox.enqueue(eventId, client.email(), template, variables);
    }
}
