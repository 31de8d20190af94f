package io.catwork.billing.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The charge of one priced order, in the week it accrues to. */
@Entity
@Table(name = "client_charge")
class ClientChargeEntity {

    /** OPEN until its week is invoiced (INVOICED) or the order fails or is cancelled first (DROPPED). */
    enum Status { OPEN, DROPPED, INVOICED }

    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;
    @Column(nullable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected ClientChargeEntity() {
    }

    ClientChargeEntity(UUID orderId, UUID clientId, LocalDate weekStart, BigDecimal amount, Status status) {
        this.orderId = orderId;
        this.clientId = clientId;
        this.weekStart = weekStart;
        this.amount = amount;
        this.status = status;
    }

    void invoiced() {
        status = Status.INVOICED;
    }
}
