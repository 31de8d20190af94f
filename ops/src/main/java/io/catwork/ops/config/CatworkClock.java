package io.catwork.ops.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of Catwork: the system's UTC clock shifted by {@code catwork.clock.offset}. The shift can be moved
 * while the application runs ({@link #shift}), which end-to-end tests use to live through a billing week or month;
 * production never moves it.
 */
public final class CatworkClock extends Clock {
    private final Clock base;
    private volatile Duration offset;

    public CatworkClock(Clock base, Duration offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves this clock, and everything that reads it, {@code by} further (negative: back). */
    public void shift(Duration by) {
        offset = offset.plus(by);
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
