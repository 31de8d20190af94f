package io.catwork.orders.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A row of the command side's service-type lookup, kept in the command's own transaction. */
@Entity
@Table(name = "service_type_lookup")
class ServiceTypeLookupEntry {
    @Id
    private UUID id;
    @Column(name = "name_key", nullable = false, unique = true)
    private String nameKey;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(nullable = false)
    private boolean active;

    protected ServiceTypeLookupEntry() {
    }

    ServiceTypeLookupEntry(UUID id, String name, int durationMinutes, boolean active) {
        this.id = id;
        update(name, durationMinutes, active);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    void update(String name, int durationMinutes, boolean active) {
        this.nameKey = key(name);
        this.durationMinutes = durationMinutes;
        this.active = active;
    }

    UUID id() {
        return id;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    boolean active() {
        return active;
    }
}
