package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.WorkerAssignedEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The client hears of each step of its order (received, assigned, started, completed, failed with the re-order
 * offer, cancelled); the assigned worker hears it is assigned and the supplies wait for pickup.
 */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class OrderEmails {
    static final String ORDER_RECEIVED = "order-received";
    static final String ORDER_CANCELLED = "order-cancelled";
    static final String ORDER_ASSIGNED = "order-assigned";
    static final String WORKER_ASSIGNED = "worker-assigned";
    static final String ORDER_STARTED = "order-started";
    static final String ORDER_COMPLETED = "order-completed";
    static final String ORDER_FAILED = "order-failed";

    private final RecipientRepository recipients;
    private final OrderRecipientRepository orders;
    private final NotificationOutbox outbox;
    private final MailTemplates templates;

    OrderEmails(RecipientRepository recipients, OrderRecipientRepository orders, NotificationOutbox outbox,
                MailTemplates templates) {
        this.recipients = recipients;
        this.orders = orders;
        this.outbox = outbox;
        this.templates = templates;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @MessageIdentifier String eventId) {
        orders.save(new OrderRecipient(event.orderId().value(), event.clientId().value(), event.scheduledAt(),
                event.address(), event.description()));
        Map<String, Object> variables = orderVariables(event.orderId().value(), event.scheduledAt());
        variables.put("address", event.address());
        variables.put("description", event.description());
        toClient(event.clientId().value(), eventId, ORDER_RECEIVED, variables);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = order(event.orderId().value());
        Map<String, Object> variables = orderVariables(event.orderId().value(), order.scheduledAt());
        variables.put("reason", event.reason() == null ? "" : event.reason());
        variables.put("byManager", event.cancelledBy().role() == Role.MANAGER);
        toClient(order.clientId(), eventId, ORDER_CANCELLED, variables);
    }

    /**
     * The worker learns it is assigned and the supplies wait for pickup; the client learns who comes, and the price.
     */
    @EventHandler
    void on(WorkerAssignedEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = order(event.orderId().value());
        Map<String, Object> variables = orderVariables(event.orderId().value(), order.scheduledAt());
        variables.put("workerCode", event.workerCode());
        variables.put("price", event.price().toPlainString());
        variables.put("address", order.address());
        variables.put("description", order.description());
        Recipient worker = recipients.findById(event.workerId().value())
                .orElseThrow(() -> new IllegalStateException("unknown worker " + event.workerId()));
        Map<String, Object> forWorker = new HashMap<>(variables);
        forWorker.put("name", worker.name());
        outbox.enqueue(eventId, worker.email(), WORKER_ASSIGNED, forWorker);
        toClient(order.clientId(), eventId, ORDER_ASSIGNED, variables);
    }

    @EventHandler
    void on(OrderStartedEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = order(event.orderId().value());
        toClient(order.clientId(), eventId, ORDER_STARTED, orderVariables(event.orderId().value(),
                order.scheduledAt()));
    }

    @EventHandler
    void on(OrderCompletedEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = order(event.orderId().value());
        Map<String, Object> variables = orderVariables(event.orderId().value(), order.scheduledAt());
        variables.put("price", event.price().toPlainString());
        toClient(order.clientId(), eventId, ORDER_COMPLETED, variables);
    }

    /** The failure, and the offer to order the same again. */
    @EventHandler
    void on(OrderFailedEvent event, @MessageIdentifier String eventId) {
        OrderRecipient order = order(event.orderId().value());
        Map<String, Object> variables = orderVariables(event.orderId().value(), order.scheduledAt());
        variables.put("reason", event.reason().name());
        toClient(order.clientId(), eventId, ORDER_FAILED, variables);
    }

    private OrderRecipient order(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("unknown order " + orderId));
    }

    private Map<String, Object> orderVariables(UUID orderId, Instant scheduledAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderId", orderId.toString());
        variables.put("scheduledAt", templates.time(scheduledAt));
        variables.put("zone", templates.zone().getId());
        return variables;
    }

    private void toClient(UUID clientId, String eventId, String template, Map<String, Object> variables) {
        Recipient client = recipients.findById(clientId)
                .orElseThrow(() -> new IllegalStateException("unknown client " + clientId));
        variables.put("name", client.name());
        outbox.enqueue(eventId, client.email(), template, variables);
    }
}
