package io.catwork.matching.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A worker's slot [start, end) taken by an active order; dropped when the order ends. */
@Entity
@Table(name = "matching_reservation")
class Reservation implements Persistable<UUID> {
    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "worker_id", nullable = false)
    private UUID workerId;
    @Column(name = "start_at", nullable = false)
    private Instant start;
    @Column(name = "end_at", nullable = false)
    private Instant end;

    /** New until persisted or loaded: lets Spring Data persist without a SELECT first (ids are assigned). */
    @Transient
    private boolean fresh = true;

    protected Reservation() {
    }

    Reservation(UUID orderId, UUID workerId, Instant start, Instant end) {
        this.orderId = orderId;
        this.workerId = workerId;
        this.start = start;
        this.end = end;
    }
    @Override
    public UUID getId() {
        return orderId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
