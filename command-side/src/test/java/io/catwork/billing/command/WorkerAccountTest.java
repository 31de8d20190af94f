package io.catwork.billing.command;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.InvoiceId;
import io.catwork.billing.api.WorkerBonusGivenEvent;
import io.catwork.billing.api.WorkerEarnedEvent;
import io.catwork.billing.api.WorkerFineRecordedEvent;
import io.catwork.billing.api.WorkerInvoiceIssuedEvent;
import io.catwork.billing.api.WorkerInvoiceStatus;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker's pay: 60 % earnings, fines, bonuses, each in its month; the monthly invoice with carried debt. */
class WorkerAccountTest {
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final AccountId MANAGER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final OrderId ORDER_1 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final OrderId ORDER_2 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    static final OrderId ORDER_3 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000003"));
    static final LocalDate FEBRUARY = LocalDate.of(2028, 2, 1);
    static final LocalDate LEAP_DAY = LocalDate.of(2028, 2, 29);
    static final LocalDate MARCH = LocalDate.of(2028, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2028, 4, 1);
    /** 23:59 on 29 February 2028 in Moscow. */
    static final Instant LAST_MINUTE = Instant.parse("2028-02-29T20:59:00Z");
    static final Instant CLOSE = Instant.parse("2028-02-29T21:00:05Z");

    private AggregateTestFixture<WorkerAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkerAccount.class);
        fixture.registerInjectableResource(new BillingCalendar(ZoneId.of("Europe/Moscow")));
    }

    static Money money(String amount) {
        return Money.of(amount);
    }

    static WorkerEarnedEvent earned(OrderId order, String price, String amount, LocalDate month) {
        return new WorkerEarnedEvent(WORKER, order, money(price), money(amount), month, LAST_MINUTE);
    }

    static WorkerFineRecordedEvent fined(OrderId order, LocalDate month) {
        return new WorkerFineRecordedEvent(WORKER, order, money("40.00"), month, LAST_MINUTE);
    }

    static InvoiceId invoiceOf(LocalDate monthEnd) {
        return InvoiceId.forPeriod(BillingPeriod.Kind.WORKER_MONTHLY, WORKER, monthEnd);
    }

    @Test
    void aCompletedOrderEarnsSixtyPercentRoundedHalfUpInTheMonthItCompleted() {
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.RecordEarning(WORKER, ORDER_1, money("33.33"), LAST_MINUTE, LAST_MINUTE))
                .expectEvents(earned(ORDER_1, "33.33", "20.00", FEBRUARY));
        fixture.given(earned(ORDER_1, "33.33", "20.00", FEBRUARY))
                .when(new BillingCommands.RecordEarning(WORKER, ORDER_1, money("33.33"), LAST_MINUTE, LAST_MINUTE))
                .expectNoEvents();
    }

    @Test
    void aFineCountsInTheMonthTheOrderFailedOnce() {
        Instant march = Instant.parse("2028-02-29T21:00:00Z"); // 00:00 on 1 March in Moscow
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.RecordFine(WORKER, ORDER_2, money("40.00"), march, march))
                .expectEvents(new WorkerFineRecordedEvent(WORKER, ORDER_2, money("40.00"), MARCH, march));
        fixture.given(fined(ORDER_2, FEBRUARY))
                .when(new BillingCommands.RecordFine(WORKER, ORDER_2, money("40.00"), march, march))
                .expectNoEvents();
    }

    @Test
    void aBonusIsPositiveAndCountsInTheMonthItWasGiven() {
        UUID bonus = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.GiveBonus(WORKER, bonus, money("25.00"), "great work", MANAGER,
                        LAST_MINUTE))
                .expectEvents(new WorkerBonusGivenEvent(WORKER, bonus, money("25.00"), "great work", MANAGER,
                        FEBRUARY, LAST_MINUTE));
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.GiveBonus(WORKER, bonus, Money.ZERO, "nothing", MANAGER, LAST_MINUTE))
                .expectException(CatworkException.class);
    }

    @Test
    void theMonthlyInvoiceOfALeapFebruaryNetsEarningsBonusesAndFinesForPayout() {
        UUID bonus = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        fixture.given(earned(ORDER_1, "100.00", "60.00", FEBRUARY), earned(ORDER_2, "100.00", "60.00", FEBRUARY),
                        fined(ORDER_3, FEBRUARY),
                        new WorkerBonusGivenEvent(WORKER, bonus, money("15.50"), "extra", MANAGER, FEBRUARY,
                                LAST_MINUTE),
                        earned(new OrderId(UUID.randomUUID()), "100.00", "60.00", MARCH))
                .when(new BillingCommands.CloseWorkerMonth(WORKER, LEAP_DAY, CLOSE))
                .expectEvents(new WorkerInvoiceIssuedEvent(WORKER, invoiceOf(LEAP_DAY), FEBRUARY, LEAP_DAY,
                        money("120.00"), money("15.50"), money("40.00"), Money.ZERO, money("95.50"),
                        money("95.50"), Money.ZERO, WorkerInvoiceStatus.PAYOUT_PENDING, CLOSE));
    }

    @Test
    void debtIsCarriedOverTwoMonthsUntilEarningsCoverIt() {
        LocalDate marchEnd = LocalDate.of(2028, 3, 31);
        LocalDate aprilEnd = LocalDate.of(2028, 4, 30);
        WorkerInvoiceIssuedEvent february = new WorkerInvoiceIssuedEvent(WORKER, invoiceOf(LEAP_DAY), FEBRUARY,
                LEAP_DAY, Money.ZERO, Money.ZERO, money("40.00"), Money.ZERO, money("-40.00"), Money.ZERO,
                money("40.00"), WorkerInvoiceStatus.NOTHING_TO_PAY, CLOSE);
        fixture.given(fined(ORDER_1, FEBRUARY))
                .when(new BillingCommands.CloseWorkerMonth(WORKER, LEAP_DAY, CLOSE))
                .expectEvents(february);
        Instant marchClose = Instant.parse("2028-03-31T21:00:05Z");
        WorkerInvoiceIssuedEvent march = new WorkerInvoiceIssuedEvent(WORKER, invoiceOf(marchEnd), MARCH,
                marchEnd, money("60.00"), Money.ZERO, money("40.00"), money("40.00"), money("-20.00"), Money.ZERO,
                money("20.00"), WorkerInvoiceStatus.NOTHING_TO_PAY, marchClose);
        fixture.given(fined(ORDER_1, FEBRUARY), february, earned(ORDER_2, "100.00", "60.00", MARCH),
                        fined(ORDER_3, MARCH))
                .when(new BillingCommands.CloseWorkerMonth(WORKER, marchEnd, marchClose))
                .expectEvents(march);
        Instant aprilClose = Instant.parse("2028-04-30T21:00:05Z");
        OrderId april = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000004"));
        fixture.given(fined(ORDER_1, FEBRUARY), february, earned(ORDER_2, "100.00", "60.00", MARCH),
                        fined(ORDER_3, MARCH), march, earned(april, "100.00", "60.00", APRIL))
                .when(new BillingCommands.CloseWorkerMonth(WORKER, aprilEnd, aprilClose))
                .expectEvents(new WorkerInvoiceIssuedEvent(WORKER, invoiceOf(aprilEnd), APRIL, aprilEnd,
                        money("60.00"), Money.ZERO, Money.ZERO, money("20.00"), money("40.00"), money("40.00"),
                        Money.ZERO, WorkerInvoiceStatus.PAYOUT_PENDING, aprilClose));
    }

    @Test
    void aMonthIsInvoicedOnceAndAMonthWithoutActivityNotAtAll() {
        WorkerInvoiceIssuedEvent february = new WorkerInvoiceIssuedEvent(WORKER, invoiceOf(LEAP_DAY), FEBRUARY,
                LEAP_DAY, money("60.00"), Money.ZERO, Money.ZERO, Money.ZERO, money("60.00"), money("60.00"),
                Money.ZERO, WorkerInvoiceStatus.PAYOUT_PENDING, CLOSE);
        fixture.given(earned(ORDER_1, "100.00", "60.00", FEBRUARY), february)
                .when(new BillingCommands.CloseWorkerMonth(WORKER, LEAP_DAY, CLOSE.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(february);
        fixture.given(earned(ORDER_1, "100.00", "60.00", MARCH))
                .when(new BillingCommands.CloseWorkerMonth(WORKER, LEAP_DAY, CLOSE))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }
}
