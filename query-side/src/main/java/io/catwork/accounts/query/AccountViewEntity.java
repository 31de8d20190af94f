package io.catwork.accounts.query;

import io.catwork.accounts.api.MeView;
import io.catwork.common.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "account_view")
class AccountViewEntity {
    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    private String phone;
    private String address;
    @Column(name = "worker_code")
    private String workerCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountViewEntity() {
    }

    AccountViewEntity(UUID id, Role role, String name, String email, String phone, String address,
                      String workerCode, Instant createdAt) {
        this.workerCode = workerCode;
        this.id = id;
        this.role = role;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.createdAt = createdAt;
    }

    MeView toMeView() {
        return new MeView(id, role, name, email, workerCode);
    }
}
