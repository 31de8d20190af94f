package io.catwork.accounts.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time activation token, stored as its SHA-256 only; it expires, and it works once. */
@Entity
@Table(name = "activation_token")
class ActivationToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected ActivationToken() {
    }

    ActivationToken(String tokenHash, UUID accountId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
    }

    UUID accountId() {
        return accountId;
    }
}
