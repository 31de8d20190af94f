package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Who can be emailed: the notifications group's own directory of accounts, kept in the same group (one segment, so
 * in event order) and so always as far along as the event being handled.
 */
@Entity
@Table(name = "notification_recipient")
class Recipient {
    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    protected Recipient() {
    }

    Recipient(UUID accountId, String email, String name, Role role) {
        this.accountId = accountId;
        this.email = email;
        this.name = name;
        this.role = role;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }
}
