package io.catwork.supplies.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What ordering a cookie needs to know: the client's contacts and the kit's order, kept on the command side. */
final class SuppliesLookupEntries {
    private SuppliesLookupEntries() {
    }

    @Entity(name = "SupplyClient")
    @Table(name = "supplies_client")
    static class Client {
        @Id
        @Column(name = "client_id")
        UUID clientId;
        @Column(nullable = false)
        String name;
        @Column(nullable = false)
        String email;
        String phone;

        protected Client() {
        }

        Client(UUID clientId, String name, String email, String phone) {
            this.clientId = clientId;
            this.name = name;
            this.email = email;
            this.phone = phone;
        }
    }

    @Entity(name = "SupplyCookieOrder")
    @Table(name = "supplies_cookie_order")
    static class CookieOrder {
        @Id
        @Column(name = "kit_id")
        UUID kitId;
        @Column(name = "order_id", nullable = false)
        UUID orderId;
        @Column(name = "client_id", nullable = false)
        UUID clientId;
        @Column(nullable = false)
        String address;
        @Column(name = "deliver_by", nullable = false)
        Instant deliverBy;

        protected CookieOrder() {
        }

        CookieOrder(UUID kitId, UUID orderId, UUID clientId, String address, Instant deliverBy) {
            this.kitId = kitId;
            this.orderId = orderId;
            this.clientId = clientId;
            this.address = address;
            this.deliverBy = deliverBy;
        }
    }

    /** A supplier webhook event already taken: a repeated event id is accepted and ignored. */
    @Entity(name = "SupplierWebhookEvent")
    @Table(name = "supplier_webhook_event")
    static class WebhookEvent {
        @Id
        @Column(name = "event_id")
        String eventId;
        @Column(name = "received_at", nullable = false)
        Instant receivedAt;

        protected WebhookEvent() {
        }

        WebhookEvent(String eventId, Instant receivedAt) {
            this.eventId = eventId;
            this.receivedAt = receivedAt;
        }
    }
}
