package io.catwork.common.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of cat units (KU): exact, always two fraction digits (DOMAIN.md). Built only from amounts that have at
 * most two fraction digits; a rule that divides rounds HALF_UP to 0.01 where it divides ({@link #percent},
 * {@link #times}), and says so.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public static final int SCALE = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** The largest amount one request may carry (a top-up, a bonus, a bet). */
    public static final BigDecimal MAX_REQUEST_AMOUNT = new BigDecimal("1000000.00");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("more than two fraction digits: " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** {@code percent} % of this amount, rounded HALF_UP to 0.01. */
    public Money percent(int percent) {
        return times(BigDecimal.valueOf(percent).movePointLeft(2));
    }

    /** This amount times {@code factor}, rounded HALF_UP to 0.01. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
