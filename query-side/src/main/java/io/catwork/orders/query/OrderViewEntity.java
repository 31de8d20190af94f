package io.catwork.orders.query;

import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderCompletedEvent;
import io.catwork.orders.api.OrderEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderPlacedEvent;
import io.catwork.orders.api.OrderReorderedEvent;
import io.catwork.orders.api.OrderStartedEvent;
import io.catwork.orders.api.OrderStatus;
import io.catwork.orders.api.OrderSuppliesReadyEvent;
import io.catwork.orders.api.OrderView;
import io.catwork.orders.api.WorkerAssignedEvent;
import io.catwork.supplies.api.KitStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The order as the API shows it, folded from its events by {@link #apply}. The projection keeps one per order in
 * {@code order_view}; {@code GET /api/orders/{id}?asOf=} folds a transient one from the event store.
 */
@Entity
@Table(name = "order_view")
class OrderViewEntity {
    @Id
    private UUID id;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "service_type_id", nullable = false)
    private UUID serviceTypeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Column(nullable = false)
    private String address;
    @Column(nullable = false)
    private String description;
    @Column(name = "worker_id")
    private UUID workerId;
    @Column(name = "worker_code")
    private String workerCode;
    private BigDecimal price;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "reorder_available", nullable = false)
    private boolean reorderAvailable;
    @Column(name = "reordered_as")
    private UUID reorderedAs;
    @Column(name = "kit_status")
    private String kitStatus;
    @Column(name = "check_in_photo_id")
    private UUID checkInPhotoId;
    @Column(name = "report_photo_id")
    private UUID reportPhotoId;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    OrderViewEntity() {
    }

    /** Folds one event of this order, which happened at {@code at}. */
    void apply(OrderEvent event, Instant at) {
        if (event instanceof OrderPlacedEvent placed) {
            id = placed.orderId().value();
            clientId = placed.clientId().value();
            serviceTypeId = placed.serviceTypeId().value();
            status = OrderStatus.NEW;
            scheduledAt = placed.scheduledAt();
            address = placed.address();
            description = placed.description();
            kitStatus = KitStatus.ASSEMBLING.name();
            createdAt = at;
        } else if (event instanceof OrderCancelledEvent cancelled) {
            status = OrderStatus.CANCELLED;
            cancelReason = cancelled.reason();
        } else if (event instanceof OrderSuppliesReadyEvent) {
            status = OrderStatus.SUPPLIES_READY;
            kitStatus = KitStatus.READY.name();
        } else if (event instanceof WorkerAssignedEvent assigned) {
            status = OrderStatus.ASSIGNED;
            workerId = assigned.workerId().value();
            workerCode = assigned.workerCode();
            price = assigned.price();
        } else if (event instanceof OrderStartedEvent started) {
            status = OrderStatus.IN_PROGRESS;
            checkInPhotoId = started.photoId();
        } else if (event instanceof OrderCompletedEvent completed) {
            status = OrderStatus.COMPLETED;
            reportPhotoId = completed.reportPhotoId();
        } else if (event instanceof OrderFailedEvent failed) {
            status = OrderStatus.FAILED;
            failureReason = failed.reason().name();
            reorderAvailable = true;
        } else if (event instanceof OrderReorderedEvent reordered) {
            reorderAvailable = false;
            reorderedAs = reordered.newOrderId().value();
        }
        updatedAt = at;
    }

    void kitStatus(KitStatus status, Instant at) {
        kitStatus = status.name();
        updatedAt = at;
    }

    boolean exists() {
        return id != null;
    }

    UUID clientId() {
        return clientId;
    }

    UUID workerId() {
        return workerId;
    }

    /** Whether the photo is this order's check-in or report photo. */
    boolean hasPhoto(UUID photoId) {
        return photoId.equals(checkInPhotoId) || photoId.equals(reportPhotoId);
    }

    OrderView toView() {
        return new OrderView(id, clientId, serviceTypeId, status, scheduledAt, address, description, workerId,
                workerCode, price, failureReason, new OrderView.ReorderOffer(reorderAvailable, reorderedAs),
                kitStatus, checkInPhotoId, reportPhotoId, createdAt, updatedAt);
    }
}
