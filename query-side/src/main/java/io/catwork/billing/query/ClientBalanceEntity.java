package io.catwork.billing.query;

import io.catwork.common.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A client's balance, the total of its PAID invoices and the sum of its UNPAID ones. */
@Entity
@Table(name = "client_balance")
class ClientBalanceEntity {
    @Id
    @Column(name = "client_id")
    private UUID clientId;
    @Column(nullable = false)
    private BigDecimal balance;
    @Column(name = "total_paid", nullable = false)
    private BigDecimal totalPaid;
    @Column(nullable = false)
    private BigDecimal unpaid;

    protected ClientBalanceEntity() {
    }

    /** A client with no billing activity yet: all zero. */
    ClientBalanceEntity(UUID clientId) {
        this.clientId = clientId;
        this.balance = Money.ZERO.amount();
        this.totalPaid = Money.ZERO.amount();
        this.unpaid = Money.ZERO.amount();
    }

    void balance(Money balance) {
        this.balance = balance.amount();
    }

    /** An invoice was issued: it is unpaid until paid. */
    void invoiced(Money amount) {
        unpaid = unpaid.add(amount.amount());
    }

    /** An unpaid invoice was paid; {@code balance} and {@code totalPaid} are those after it. */
    void paid(Money amount, Money balance, Money totalPaid) {
        this.unpaid = this.unpaid.subtract(amount.amount());
        this.balance = balance.amount();
        this.totalPaid = totalPaid.amount();
    }

    Money balance() {
        return Money.of(balance);
    }

    Money totalPaid() {
        return Money.of(totalPaid);
    }

    Money unpaid() {
        return Money.of(unpaid);
    }
}
