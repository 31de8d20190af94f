package io.catwork.billing.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.LoyaltyDiscount;
import io.catwork.common.api.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain rules under billing: exact money, the loyalty ladder, and periods in the business zone. */
class BillingRulesTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void moneyIsExactWithTwoFractionDigitsAndRoundsHalfUpWhereARuleDivides() {
        assertThat(Money.of("95.5")).isEqualTo(Money.of("95.50"));
        assertThat(Money.of("95.5").toString()).isEqualTo("95.50");
        assertThat(Money.of("1E+2")).isEqualTo(Money.of("100.00"));
        assertThatThrownBy(() -> Money.of("1.001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("33.33").times(WorkerAccount.SHARE)).isEqualTo(Money.of("20.00")); // 19.998
        assertThat(Money.of("10.75").times(WorkerAccount.SHARE)).isEqualTo(Money.of("6.45"));
        assertThat(Money.of("0.10").percent(5)).isEqualTo(Money.of("0.01")); // 0.005 rounds up
        assertThat(Money.of("0.09").percent(5)).isEqualTo(Money.ZERO); // 0.0045 rounds down
    }

    @ParameterizedTest
    @CsvSource({"0.00,0", "10000.00,0", "10000.01,5", "20000.00,5", "20000.01,6", "30000.01,7", "40000.01,8",
            "50000.01,9", "60000.01,10", "70000.00,10", "70000.01,11", "80000.00,11", "80000.01,12",
            "1000000000.00,12"})
    void theLoyaltyLadderHasStrictBoundariesAndACap(String totalPaid, int percent) {
        assertThat(LoyaltyDiscount.percentFor(Money.of(totalPaid))).isEqualTo(percent);
    }

    @Test
    void aWeekIsMondayToSundayAndClosesAtMondayMidnightInTheZoneAcrossADstChange() {
        // Berlin moves to summer time on Sunday 2026-03-29: that week is 167 hours long
        BillingPeriod week = BillingPeriod.containing(BillingPeriod.Kind.CLIENT_WEEKLY, LocalDate.of(2026, 3, 25));
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(week.closesAt(BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(Duration.between(week.previous().closesAt(BERLIN), week.closesAt(BERLIN)))
                .isEqualTo(Duration.ofHours(167));
        BillingCalendar berlin = new BillingCalendar(BERLIN);
        assertThat(berlin.periodOf(BillingPeriod.Kind.CLIENT_WEEKLY, Instant.parse("2026-03-29T21:59:59Z")))
                .isEqualTo(week);
        assertThat(berlin.periodOf(BillingPeriod.Kind.CLIENT_WEEKLY, Instant.parse("2026-03-29T22:00:00Z")))
                .isEqualTo(week.next());
    }

    @Test
    void monthsEndOnTheirLastDayLeapFebruaryIncluded() {
        BillingPeriod february = BillingPeriod.endingOn(BillingPeriod.Kind.WORKER_MONTHLY, LocalDate.of(2028, 2, 29));
        assertThat(february.start()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThatThrownBy(() -> BillingPeriod.endingOn(BillingPeriod.Kind.WORKER_MONTHLY,
                LocalDate.of(2028, 2, 28))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BillingPeriod.endingOn(BillingPeriod.Kind.WORKER_MONTHLY, LocalDate.of(2027, 2, 28)).start())
                .isEqualTo(LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> BillingPeriod.endingOn(BillingPeriod.Kind.CLIENT_WEEKLY, LocalDate.of(2026, 11, 28)))
                .isInstanceOf(IllegalArgumentException.class);
        BillingCalendar moscow = new BillingCalendar(MOSCOW);
        // 23:59 on 29 February in Moscow is still February; a minute later it is March
        assertThat(moscow.periodOf(BillingPeriod.Kind.WORKER_MONTHLY, Instant.parse("2028-02-29T20:59:00Z")))
                .isEqualTo(february);
        assertThat(moscow.periodOf(BillingPeriod.Kind.WORKER_MONTHLY, Instant.parse("2028-02-29T21:00:00Z")).start())
                .isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(february.closesAt(MOSCOW)).isEqualTo(Instant.parse("2028-02-29T21:00:00Z"));
    }

    @Test
    void somethingThatHappenedInAPeriodClosedMeanwhileCountsInTheFirstOpenOne() {
        BillingCalendar moscow = new BillingCalendar(MOSCOW);
        Instant sunday = Instant.parse("2026-11-29T20:00:00Z"); // 23:00 Sunday in Moscow
        Instant monday = Instant.parse("2026-11-29T21:00:01Z");
        assertThat(moscow.openPeriodFor(BillingPeriod.Kind.CLIENT_WEEKLY, sunday, sunday, Set.of()).start())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(moscow.openPeriodFor(BillingPeriod.Kind.CLIENT_WEEKLY, sunday, monday, Set.of()).start())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(moscow.openPeriodFor(BillingPeriod.Kind.CLIENT_WEEKLY, sunday, sunday,
                Set.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).start())
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aPayoutBackoffDoublesUpToItsCap() {
        Duration initial = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(1);
        assertThat(GoldenHatTasks.CappedBackoff.delay(initial, max, 0)).isEqualTo(initial);
        assertThat(GoldenHatTasks.CappedBackoff.delay(initial, max, 2)).isEqualTo(Duration.ofSeconds(40));
        assertThat(GoldenHatTasks.CappedBackoff.delay(initial, max, 3)).isEqualTo(max);
        assertThat(GoldenHatTasks.CappedBackoff.delay(initial, max, 1000)).isEqualTo(max);
        assertThat(new BigDecimal("0.60")).isEqualByComparingTo(WorkerAccount.SHARE);
    }
}
