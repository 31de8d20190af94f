package io.catwork.billing.api;

import java.math.BigDecimal;

/** A client's billing as API.md shows it. */
public record ClientBillingView(BigDecimal balance, BigDecimal dueThisWeek, int discountPercent,
                                BigDecimal totalPaid, BigDecimal unpaid) {
}
