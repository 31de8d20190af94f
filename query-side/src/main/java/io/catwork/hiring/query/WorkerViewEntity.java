package io.catwork.hiring.query;

import io.catwork.hiring.api.HiringViews.WorkerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A worker of the pool: hired, and so available for orders. */
@Entity
@Table(name = "worker_view")
class WorkerViewEntity {
    static final String ACTIVE = "ACTIVE";

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String status;
    @Column(name = "hired_at", nullable = false)
    private Instant hiredAt;

    protected WorkerViewEntity() {
    }

    WorkerViewEntity(UUID id, String code, String name, String email, Instant hiredAt) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.email = email;
        this.status = ACTIVE;
        this.hiredAt = hiredAt;
    }

    WorkerView toView() {
        return new WorkerView(id, code, name, email, status, hiredAt);
    }
}
