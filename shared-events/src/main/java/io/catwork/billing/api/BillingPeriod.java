package io.catwork.billing.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A billing period in the business zone (DOMAIN.md §6): an ISO week for clients (Monday to Sunday), a calendar month
 * for workers. A period closes at 00:00 of the day after its last day, in the business zone, so a week with a DST
 * change is still Monday 00:00 to Monday 00:00, and a month ends on its own last day (28, 29, 30 or 31).
 */
public record BillingPeriod(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { CLIENT_WEEKLY, WORKER_MONTHLY }

    public BillingPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The period that contains {@code day}. */
    public static BillingPeriod containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case CLIENT_WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new BillingPeriod(kind, monday, monday.plusDays(6));
            }
            case WORKER_MONTHLY -> new BillingPeriod(kind, day.withDayOfMonth(1),
                    day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** The period that contains {@code moment} in {@code zone}. */
    public static BillingPeriod containing(Kind kind, Instant moment, ZoneId zone) {
        return containing(kind, LocalDate.ofInstant(moment, zone));
    }

    /**
     * The period whose last day is {@code end}; refuses a day that ends no period (a weekday other than Sunday, a day
     * other than a month's last).
     */
    public static BillingPeriod endingOn(Kind kind, LocalDate end) {
        BillingPeriod period = containing(kind, end);
        if (!period.end.equals(end)) {
            throw new IllegalArgumentException(kind == Kind.CLIENT_WEEKLY ? "a week ends on a Sunday"
                    : "a month ends on its last day");
        }
        return period;
    }

    /** The moment the period closes: 00:00 of the day after its last day, in {@code zone}. */
    public Instant closesAt(ZoneId zone) {
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean hasClosed(Instant now, ZoneId zone) {
        return !now.isBefore(closesAt(zone));
    }

    public BillingPeriod next() {
        return containing(kind, end.plusDays(1));
    }

    public BillingPeriod previous() {
        return containing(kind, start.minusDays(1));
    }
}
