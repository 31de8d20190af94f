package io.catwork.billing.command;

import io.catwork.billing.api.BillingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The periods of billing in the business zone. The accounts take it as a handler parameter, so an account decides
 * which period a charge or an earning belongs to with the zone in force, not with a zone an event once carried.
 */
@Component
public class BillingCalendar {
    private final ZoneId zone;

    @Autowired
    BillingCalendar(BillingProperties properties) {
        this(properties.zone());
    }

    public BillingCalendar(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public BillingPeriod periodOf(BillingPeriod.Kind kind, Instant moment) {
        return BillingPeriod.containing(kind, moment, zone);
    }

    /**
     * The period something that happened at {@code happenedAt} counts in, as decided at {@code now}: its own period,
     * unless that period has closed already (by the calendar, or because the account closed it), then the first period
     * still open.
     */
    public BillingPeriod openPeriodFor(BillingPeriod.Kind kind, Instant happenedAt, Instant now,
                                       Collection<LocalDate> closedStarts) {
        BillingPeriod period = periodOf(kind, happenedAt);
        if (period.hasClosed(now, zone) || closedStarts.contains(period.start())) {
            period = periodOf(kind, now);
        }
        while (closedStarts.contains(period.start())) {
            period = period.next();
        }
        return period;
    }

    /** The latest period of {@code kind} that has closed at {@code now}. */
    public BillingPeriod lastClosed(BillingPeriod.Kind kind, Instant now) {
        return periodOf(kind, now).previous();
    }
}
