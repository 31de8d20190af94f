package io.catwork.orders.query;

import io.catwork.orders.api.ServiceTypeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "service_type_view")
class ServiceTypeViewEntity {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(nullable = false)
    private boolean active;

    protected ServiceTypeViewEntity() {
    }

    ServiceTypeViewEntity(UUID id) {
        this.id = id;
    }

    void update(String name, String description, int durationMinutes, boolean active) {
        this.name = name;
        this.description = description;
        this.durationMinutes = durationMinutes;
        this.active = active;
    }

    ServiceTypeView toView() {
        return new ServiceTypeView(id, name, description, durationMinutes, active);
    }
}
