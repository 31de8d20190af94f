package io.catwork.billing.query;

import io.catwork.billing.api.WorkerEarningsView;
import io.catwork.common.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A worker's earnings, fines and bonuses in one calendar month of the business zone. */
@Entity
@Table(name = "worker_month")
class WorkerMonthEntity {
    static final WorkerEarningsView.Month NOTHING = new WorkerEarningsView.Month(Money.ZERO.amount(),
            Money.ZERO.amount(), Money.ZERO.amount());

    @EmbeddedId
    private Key id;
    @Column(nullable = false)
    private BigDecimal earned;
    @Column(nullable = false)
    private BigDecimal fines;
    @Column(nullable = false)
    private BigDecimal bonuses;

    /** The worker and the first day of the month. */
    @Embeddable
    static class Key implements Serializable {
        @Column(name = "worker_id", nullable = false)
        private UUID workerId;
        @Column(name = "month_start", nullable = false)
        private LocalDate monthStart;

        protected Key() {
        }

        Key(UUID workerId, LocalDate monthStart) {
            this.workerId = Objects.requireNonNull(workerId, "workerId");
            this.monthStart = Objects.requireNonNull(monthStart, "monthStart");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && workerId.equals(that.workerId) && monthStart.equals(that.monthStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workerId, monthStart);
        }
    }

    protected WorkerMonthEntity() {
    }

    /** A month with nothing in it yet. */
    WorkerMonthEntity(Key id) {
        this.id = id;
        this.earned = Money.ZERO.amount();
        this.fines = Money.ZERO.amount();
        this.bonuses = Money.ZERO.amount();
    }

    void earned(Money amount) {
        earned = earned.add(amount.amount());
    }

    void fined(Money amount) {
        fines = fines.add(amount.amount());
    }

    void bonus(Money amount) {
        bonuses = bonuses.add(amount.amount());
    }

    WorkerEarningsView.Month toView() {
        return new WorkerEarningsView.Month(earned, fines, bonuses);
    }
}
