package io.catwork.billing.query;

import io.catwork.billing.api.WorkerEarningsView;
import io.catwork.common.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A worker's totals since hire, and the debt carried into the month after its last invoice. */
@Entity
@Table(name = "worker_earnings")
class WorkerEarningsEntity {
    @Id
    @Column(name = "worker_id")
    private UUID workerId;
    @Column(name = "total_earned", nullable = false)
    private BigDecimal totalEarned;
    @Column(name = "total_fines", nullable = false)
    private BigDecimal totalFines;
    @Column(name = "total_bonuses", nullable = false)
    private BigDecimal totalBonuses;
    @Column(name = "carried_debt", nullable = false)
    private BigDecimal carriedDebt;

    protected WorkerEarningsEntity() {
    }

    /** A worker with no billing activity yet: all zero. */
    WorkerEarningsEntity(UUID workerId) {
        this.workerId = workerId;
        this.totalEarned = Money.ZERO.amount();
        this.totalFines = Money.ZERO.amount();
        this.totalBonuses = Money.ZERO.amount();
        this.carriedDebt = Money.ZERO.amount();
    }

    void earned(Money amount) {
        totalEarned = totalEarned.add(amount.amount());
    }

    void fined(Money amount) {
        totalFines = totalFines.add(amount.amount());
    }

    void bonus(Money amount) {
        totalBonuses = totalBonuses.add(amount.amount());
    }

    void carriedDebt(Money debt) {
        carriedDebt = debt.amount();
    }

    WorkerEarningsView toView(WorkerEarningsView.Month currentMonth) {
        return new WorkerEarningsView(totalEarned, totalFines, totalBonuses, currentMonth, carriedDebt);
    }
}
