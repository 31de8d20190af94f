package io.catwork.supplies.query;

import io.catwork.supplies.api.CookieStatus;
import io.catwork.supplies.api.KitStatus;
import io.catwork.supplies.api.SupplyKitView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "supply_kit_view")
class SupplyKitViewEntity {
    @Id
    private UUID id;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KitStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "cookie_status", nullable = false)
    private CookieStatus cookieStatus;
    @Column(name = "supplier_order_id")
    private String supplierOrderId;
    @Column(nullable = false)
    private boolean packed;
    @Column(name = "deliver_by", nullable = false)
    private Instant deliverBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupplyKitViewEntity() {
    }

    SupplyKitViewEntity(UUID id, UUID orderId, Instant deliverBy, Instant createdAt) {
        this.id = id;
        this.orderId = orderId;
        this.status = KitStatus.ASSEMBLING;
        this.cookieStatus = CookieStatus.REQUESTED;
        this.deliverBy = deliverBy;
        this.createdAt = createdAt;
    }

    void cookieOrdered(String supplierOrderId) {
        cookieStatus = CookieStatus.CONFIRMED;
        this.supplierOrderId = supplierOrderId;
    }

    void cookieOrderFailed() {
        cookieStatus = CookieStatus.FAILED;
        status = KitStatus.COOKIE_ORDER_FAILED;
    }

    void cookieDelivered() {
        cookieStatus = CookieStatus.DELIVERED;
    }

    void packed() {
        packed = true;
    }

    void ready() {
        status = KitStatus.READY;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant deliverBy() {
        return deliverBy;
    }

    SupplyKitView toView() {
        return new SupplyKitView(id, orderId, status, new SupplyKitView.Cookie(cookieStatus, supplierOrderId), packed);
    }
}
