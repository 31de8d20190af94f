package io.catwork.billing.api;

import io.catwork.common.api.Money;
import java.math.BigDecimal;

/**
 * The loyalty ladder (DOMAIN.md §6), by the total of a client's PAID invoices: up to 10,000.00 no discount; above
 * 10,000.00 5 %, above 20,000.00 6 %, one point more above each further 10,000.00, and 12 % above 80,000.00, the cap.
 * Every boundary is strict: 10,000.00 earns nothing, 10,000.01 earns 5 %.
 */
public final class LoyaltyDiscount {
    private static final BigDecimal STEP = new BigDecimal("10000.00");
    private static final int FIRST_PERCENT = 5;
    private static final int STEPS = 8;

    private LoyaltyDiscount() {
    }

    public static int percentFor(Money totalPaid) {
        int exceeded = 0;
        for (int step = 1; step <= STEPS; step++) {
            if (totalPaid.amount().compareTo(STEP.multiply(BigDecimal.valueOf(step))) > 0) {
                exceeded = step;
            }
        }
        return exceeded == 0 ? 0 : FIRST_PERCENT - 1 + exceeded;
    }

    /** The discount on {@code subtotal} at {@code percent} %, rounded HALF_UP; the invoice is the subtotal less it. */
    public static Money discountOf(Money subtotal, int percent) {
        return subtotal.percent(percent);
    }
}
