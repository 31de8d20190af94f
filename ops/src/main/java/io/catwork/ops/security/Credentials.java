package io.catwork.ops.security;

import io.catwork.common.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** How an account logs in: its email and bcrypt hash. Kept beside the event store and never put in an event. */
@Entity
@Table(name = "account_credentials")
class Credentials {
    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Column(nullable = false, unique = true)
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Credentials() {
    }

    Credentials(UUID accountId, String email, String passwordHash, Role role, Instant createdAt) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    UUID accountId() {
        return accountId;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
