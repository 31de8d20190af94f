package io.catwork.billing.query;

import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.billing.api.WorkerInvoiceView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A worker's monthly invoice and where its payout stands. */
@Entity
@Table(name = "worker_invoices")
class WorkerInvoiceEntity {
    /** The length of the {@code failure_reason} column. */
    static final int MAX_FAILURE_REASON = 500;

    @Id
    private UUID id;
    @Column(name = "worker_id", nullable = false)
    private UUID workerId;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(nullable = false)
    private BigDecimal earned;
    @Column(nullable = false)
    private BigDecimal bonuses;
    @Column(nullable = false)
    private BigDecimal fines;
    @Column(name = "carried_debt", nullable = false)
    private BigDecimal carriedDebt;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "carried_forward", nullable = false)
    private BigDecimal carriedForward;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkerInvoiceStatus status;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "failure_reason")
    private String failureReason;

    protected WorkerInvoiceEntity() {
    }

    WorkerInvoiceEntity(WorkerInvoiceIssuedEvent event) {
        id = event.invoiceId().value();
        workerId = event.accountId().value();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        earned = event.earned().amount();
        bonuses = event.bonuses().amount();
        fines = event.fines().amount();
        carriedDebt = event.carriedDebt().amount();
        amount = event.amount().amount();
        carriedForward = event.carriedForward().amount();
        status = event.status();
        issuedAt = event.issuedAt();
    }

    /** A manager's retry sent the payout again. */
    void payoutPending() {
        status = WorkerInvoiceStatus.PAYOUT_PENDING;
        failureReason = null;
    }

    void paid(Instant at) {
        status = WorkerInvoiceStatus.PAID;
        paidAt = at;
        failureReason = null;
    }

    /** The payout failed for good; the reason is made to fit its column ({@link #fitted}). */
    void payoutFailed(String reason) {
        status = WorkerInvoiceStatus.PAYOUT_FAILED;
        failureReason = fitted(reason);
    }

    /**
     * {@code reason} without NUL characters (PostgreSQL refuses them in text) and cut to the column's length, never
     * between the two halves of a surrogate pair.
     */
    static String fitted(String reason) {
        if (reason == null) {
            return null;
        }
        String text = reason.replace("\0", "");
        if (text.length() <= MAX_FAILURE_REASON) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_FAILURE_REASON - 1))
                ? MAX_FAILURE_REASON - 1 : MAX_FAILURE_REASON;
        return text.substring(0, end);
    }

    WorkerInvoiceView toView() {
        return new WorkerInvoiceView(id, periodStart, periodEnd, earned, bonuses, fines, carriedDebt, amount,
                carriedForward, status, issuedAt, paidAt, failureReason);
    }
}
