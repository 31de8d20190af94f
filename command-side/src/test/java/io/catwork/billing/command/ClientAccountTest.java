package io.catwork.billing.command;

import io.catwork.billing.api.BillingPeriod;
import io.catwork.billing.api.ClientChargeDroppedEvent;
import io.catwork.billing.api.ClientChargedEvent;
import io.catwork.billing.api.ClientCreditDeferredEvent;
import io.catwork.billing.api.ClientCreditedEvent;
import io.catwork.billing.api.ClientInvoiceIssuedEvent;
import io.catwork.billing.api.ClientInvoicePaidEvent;
import io.catwork.billing.api.ClientInvoiceUnpaidEvent;
import io.catwork.billing.api.ClientToppedUpEvent;
import io.catwork.billing.api.InvoiceId;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A client's money: charges, weekly invoices with the loyalty discount, payment oldest first, drops and credits. */
class ClientAccountTest {
    static final AccountId CLIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final OrderId ORDER_1 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final OrderId ORDER_2 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    static final OrderId ORDER_3 = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000003"));
    /** Wednesday 25 November 2026, 13:00 in Moscow; its week is 23 to 29 November. */
    static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");
    static final LocalDate WEEK = LocalDate.of(2026, 11, 23);
    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    static final Instant CLOSE = Instant.parse("2026-11-29T21:00:05Z");
    static final LocalDate NEXT_WEEK = LocalDate.of(2026, 11, 30);
    static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 6);
    static final InvoiceId INVOICE = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, CLIENT, SUNDAY);
    static final InvoiceId NEXT_INVOICE = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, CLIENT, NEXT_SUNDAY);

    private AggregateTestFixture<ClientAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClientAccount.class);
        fixture.registerInjectableResource(new BillingCalendar(ZoneId.of("Europe/Moscow")));
    }

    static Money money(String amount) {
        return Money.of(amount);
    }

    static ClientChargedEvent charged(OrderId order, String amount, LocalDate week) {
        return new ClientChargedEvent(CLIENT, order, money(amount), week, WEDNESDAY);
    }

    static ClientInvoiceIssuedEvent issued(InvoiceId invoice, LocalDate start, List<OrderId> orders,
                                           String subtotal, int percent, String discount, String amount) {
        return new ClientInvoiceIssuedEvent(CLIENT, invoice, start, start.plusDays(6), orders, money(subtotal),
                percent, money(discount), money(amount), CLOSE);
    }

    @Test
    void aTopUpOpensTheAccountAndRaisesTheBalance() {
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.TopUp(CLIENT, money("150.50"), WEDNESDAY))
                .expectEvents(new ClientToppedUpEvent(CLIENT, money("150.50"), money("150.50"), WEDNESDAY))
                .expectResultMessagePayload(money("150.50"));
    }

    @Test
    void aPricedOrderChargesItsWeekOnceHoweverOftenItIsRedelivered() {
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.ChargeOrder(CLIENT, ORDER_1, money("100.00"), WEDNESDAY, WEDNESDAY))
                .expectEvents(charged(ORDER_1, "100.00", WEEK));
        fixture.given(charged(ORDER_1, "100.00", WEEK))
                .when(new BillingCommands.ChargeOrder(CLIENT, ORDER_1, money("100.00"), WEDNESDAY, WEDNESDAY))
                .expectNoEvents();
    }

    @Test
    void aChargeForAWeekThatClosedMeanwhileGoesToTheNextWeek() {
        fixture.givenNoPriorActivity()
                .when(new BillingCommands.ChargeOrder(CLIENT, ORDER_1, money("100.00"), WEDNESDAY, CLOSE))
                .expectEvents(new ClientChargedEvent(CLIENT, ORDER_1, money("100.00"), NEXT_WEEK, CLOSE));
    }

    @Test
    void theWeeklyCloseInvoicesTheChargesAndPaysAtOnceWhenTheBalanceCovers() {
        fixture.given(new ClientToppedUpEvent(CLIENT, money("500.00"), money("500.00"), WEDNESDAY),
                        charged(ORDER_1, "100.00", WEEK), charged(ORDER_2, "95.50", WEEK))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectEvents(issued(INVOICE, WEEK, List.of(ORDER_1, ORDER_2), "195.50", 0, "0.00", "195.50"),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("195.50"), money("304.50"),
                                money("195.50"), CLOSE))
                .expectResultMessagePayload(true);
    }

    @Test
    void aWeekIsInvoicedOnceAndAWeekWithoutChargesNotAtAll() {
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        fixture.given(charged(ORDER_1, "100.00", NEXT_WEEK))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({"10000.00,0,0.00,1000.00", "10000.01,5,50.00,950.00", "20000.00,5,50.00,950.00",
            "20000.01,6,60.00,940.00", "80000.00,11,110.00,890.00", "80000.01,12,120.00,880.00"})
    void theDiscountComesFromThePaidInvoicesBeforeThisOne(String totalPaid, int percent, String discount,
                                                          String amount) {
        InvoiceId earlier = InvoiceId.forPeriod(BillingPeriod.Kind.CLIENT_WEEKLY, CLIENT, SUNDAY.minusWeeks(1));
        fixture.given(new ClientToppedUpEvent(CLIENT, money(totalPaid), money(totalPaid), WEDNESDAY),
                        charged(ORDER_3, totalPaid, WEEK.minusWeeks(1)),
                        issued(earlier, WEEK.minusWeeks(1), List.of(ORDER_3), totalPaid, 0, "0.00", totalPaid),
                        new ClientInvoicePaidEvent(CLIENT, earlier, money(totalPaid), Money.ZERO, money(totalPaid),
                                WEDNESDAY),
                        charged(ORDER_1, "1000.00", WEEK))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectEvents(issued(INVOICE, WEEK, List.of(ORDER_1), "1000.00", percent, discount, amount),
                        new ClientInvoiceUnpaidEvent(CLIENT, INVOICE, money(amount), Money.ZERO, money(amount),
                                CLOSE));
    }

    @Test
    void anInvoiceTheBalanceDoesNotCoverStaysUnpaidWholeAndTheBalanceUntouched() {
        fixture.given(new ClientToppedUpEvent(CLIENT, money("90.00"), money("90.00"), WEDNESDAY),
                        charged(ORDER_1, "100.00", WEEK))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectEvents(issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"),
                        new ClientInvoiceUnpaidEvent(CLIENT, INVOICE, money("100.00"), money("90.00"),
                                money("10.00"), CLOSE));
    }

    @Test
    void unpaidInvoicesArePaidOldestFirstAsSoonAsATopUpCoversThem() {
        Instant later = CLOSE.plusSeconds(3600);
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"),
                        charged(ORDER_2, "50.00", NEXT_WEEK),
                        issued(NEXT_INVOICE, NEXT_WEEK, List.of(ORDER_2), "50.00", 0, "0.00", "50.00"))
                .when(new BillingCommands.TopUp(CLIENT, money("120.00"), later))
                .expectEvents(new ClientToppedUpEvent(CLIENT, money("120.00"), money("120.00"), later),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("100.00"), money("20.00"),
                                money("100.00"), later));
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"),
                        charged(ORDER_2, "50.00", NEXT_WEEK),
                        issued(NEXT_INVOICE, NEXT_WEEK, List.of(ORDER_2), "50.00", 0, "0.00", "50.00"))
                .when(new BillingCommands.TopUp(CLIENT, money("40.00"), later))
                .expectEvents(new ClientToppedUpEvent(CLIENT, money("40.00"), money("40.00"), later));
    }

    @Test
    void anOrderThatFailsInTheWeekOfItsChargeDropsOut() {
        fixture.given(charged(ORDER_1, "100.00", WEEK), charged(ORDER_2, "100.00", WEEK))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_1, "failed", WEDNESDAY))
                .expectEvents(new ClientChargeDroppedEvent(CLIENT, ORDER_1, money("100.00"), WEEK, "failed",
                        WEDNESDAY));
        fixture.given(charged(ORDER_1, "100.00", WEEK), charged(ORDER_2, "100.00", WEEK),
                        new ClientChargeDroppedEvent(CLIENT, ORDER_1, money("100.00"), WEEK, "failed", WEDNESDAY))
                .when(new BillingCommands.CloseClientWeek(CLIENT, SUNDAY, CLOSE))
                .expectEvents(issued(INVOICE, WEEK, List.of(ORDER_2), "100.00", 0, "0.00", "100.00"),
                        new ClientInvoiceUnpaidEvent(CLIENT, INVOICE, money("100.00"), Money.ZERO,
                                money("100.00"), CLOSE));
    }

    @Test
    void anInvoicedAndPaidOrderThatFailsIsCreditedWhatWasActuallyPaidForIt() {
        Instant later = CLOSE.plusSeconds(60);
        fixture.given(new ClientToppedUpEvent(CLIENT, money("200.00"), money("200.00"), WEDNESDAY),
                        charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 5, "5.00", "95.00"),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("95.00"), money("105.00"),
                                money("95.00"), CLOSE))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_1, "cancelled", later))
                .expectEvents(new ClientCreditedEvent(CLIENT, ORDER_1, INVOICE, money("95.00"), money("200.00"),
                        later));
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 5, "5.00", "95.00"),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("95.00"), Money.ZERO, money("95.00"),
                                CLOSE),
                        new ClientCreditedEvent(CLIENT, ORDER_1, INVOICE, money("95.00"), money("95.00"), later))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_1, "cancelled", later))
                .expectNoEvents();
    }

    @Test
    void theCreditsOfAnInvoiceNeverExceedWhatItCost() {
        // three charges of 0.09 at 5 %: the invoice's discount, on 0.27, rounds to 0.01 and it costs 0.26, while
        // each order alone would rebate nothing (0.0045 rounds down): the last credit gets only what is left
        List<OrderId> orders = List.of(ORDER_1, ORDER_2, ORDER_3);
        Instant later = CLOSE.plusSeconds(60);
        fixture.given(charged(ORDER_1, "0.09", WEEK), charged(ORDER_2, "0.09", WEEK), charged(ORDER_3, "0.09", WEEK),
                        issued(INVOICE, WEEK, orders, "0.27", 5, "0.01", "0.26"),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("0.26"), Money.ZERO, money("0.26"), CLOSE),
                        new ClientCreditedEvent(CLIENT, ORDER_1, INVOICE, money("0.09"), money("0.09"), later),
                        new ClientCreditedEvent(CLIENT, ORDER_2, INVOICE, money("0.09"), money("0.18"), later))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_3, "cancelled", later))
                .expectEvents(new ClientCreditedEvent(CLIENT, ORDER_3, INVOICE, money("0.08"), money("0.26"), later));
    }

    @Test
    void anOrderNeverChargedHasNothingToDropOrCredit() {
        fixture.given(new ClientToppedUpEvent(CLIENT, money("10.00"), money("10.00"), WEDNESDAY))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_3, "failed", CLOSE))
                .expectNoEvents();
    }

    @Test
    void anOrderOnAnUnpaidInvoiceIsCreditedOnceThatInvoiceIsPaid() {
        Instant failed = CLOSE.plusSeconds(60);
        Instant topUp = CLOSE.plusSeconds(120);
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"))
                .when(new BillingCommands.DropCharge(CLIENT, ORDER_1, "failed", failed))
                .expectEvents(new ClientCreditDeferredEvent(CLIENT, ORDER_1, INVOICE, money("100.00"), failed));
        fixture.given(charged(ORDER_1, "100.00", WEEK),
                        issued(INVOICE, WEEK, List.of(ORDER_1), "100.00", 0, "0.00", "100.00"),
                        new ClientCreditDeferredEvent(CLIENT, ORDER_1, INVOICE, money("100.00"), failed))
                .when(new BillingCommands.TopUp(CLIENT, money("100.00"), topUp))
                .expectEvents(new ClientToppedUpEvent(CLIENT, money("100.00"), money("100.00"), topUp),
                        new ClientInvoicePaidEvent(CLIENT, INVOICE, money("100.00"), Money.ZERO, money("100.00"),
                                topUp),
                        new ClientCreditedEvent(CLIENT, ORDER_1, INVOICE, money("100.00"), money("100.00"), topUp));
    }
}
