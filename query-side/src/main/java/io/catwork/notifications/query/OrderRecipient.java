package io.catwork.notifications.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the order emails need to know of an order beyond each event: whose it is and when it starts. */
@Entity
@Table(name = "notification_order")
class OrderRecipient {
    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    private String address;
    private String description;

    protected OrderRecipient() {
    }

    OrderRecipient(UUID orderId, UUID clientId, Instant scheduledAt, String address, String description) {
        this.orderId = orderId;
        this.clientId = clientId;
        this.scheduledAt = scheduledAt;
        this.address = address;
        this.description = description;
    }

    String address() {
        return address;
    }

    String description() {
        return description;
    }

    UUID clientId() {
        return clientId;
    }

    Instant scheduledAt() {
        return scheduledAt;
    }
}
