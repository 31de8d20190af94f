package io.catwork.billing.query;

import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoiceView;
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

/** A client's weekly invoice: UNPAID when issued, PAID once the balance covered it. */
@Entity
@Table(name = "client_invoices")
class ClientInvoiceEntity {

    enum Status { PAID, UNPAID }

    @Id
    private UUID id;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(nullable = false)
    private BigDecimal subtotal;
    @Column(name = "discount_percent", nullable = false)
    private int discountPercent;
    @Column(nullable = false)
    private BigDecimal discount;
    @Column(nullable = false)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "paid_at")
    private Instant paidAt;

    protected ClientInvoiceEntity() {
    }

    ClientInvoiceEntity(ClientInvoiceIssuedEvent event) {
        id = event.invoiceId().value();
        clientId = event.accountId().value();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        subtotal = event.subtotal().amount();
        discountPercent = event.discountPercent();
        discount = event.discount().amount();
        amount = event.amount().amount();
        status = Status.UNPAID;
        issuedAt = event.issuedAt();
    }

    /** Marks the invoice PAID at {@code at}; false if it was PAID already. */
    boolean paid(Instant at) {
        if (status == Status.PAID) {
            return false;
        }
        status = Status.PAID;
        paidAt = at;
        return true;
    }

    ClientInvoiceView toView() {
        return new ClientInvoiceView(id, periodStart, periodEnd, subtotal, discountPercent, discount, amount,
                status.name(), issuedAt, paidAt);
    }
}
