package io.catwork.matching.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A worker's slot [start, end) taken by an active order; dropped when the order ends. */
@Entity
@Table(name = "matching_reservation")
class Reservation {
    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "worker_id", nullable = false)
    private UUID workerId;
    @Column(name = "start_at", nullable = false)
    private Instant start;
    @Column(name = "end_at", nullable = false)
    private Instant end;

    protected Reservation() {
    }

    Reservation(UUID orderId, UUID workerId, Instant start, Instant end) {
        this.orderId = orderId;
        this.workerId = workerId;
        this.start = start;
        this.end = end;
    }
}
