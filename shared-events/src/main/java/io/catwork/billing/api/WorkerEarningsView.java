package io.catwork.billing.api;

import java.math.BigDecimal;

/** A worker's earnings as API.md shows them. */
public record WorkerEarningsView(BigDecimal totalEarned, BigDecimal totalFines, BigDecimal totalBonuses,
                                 Month currentMonth, BigDecimal carriedDebt) {

    public record Month(BigDecimal earned, BigDecimal fines, BigDecimal bonuses) {
    }
}
