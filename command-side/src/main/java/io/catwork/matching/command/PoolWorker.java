package io.catwork.matching.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A hired worker, as matching knows it. Its row is locked while a slot of it is being reserved. */
@Entity
@Table(name = "matching_worker")
class PoolWorker {
    @Id
    @Column(name = "worker_id")
    private UUID workerId;
    @Column(nullable = false)
    private String code;

    protected PoolWorker() {
    }

    PoolWorker(UUID workerId, String code) {
        this.workerId = workerId;
        this.code = code;
    }

    UUID workerId() {
        return workerId;
    }

    String code() {
        return code;
    }
}
