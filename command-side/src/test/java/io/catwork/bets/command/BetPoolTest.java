package io.catwork.bets.command;

import io.catwork.bets.api.BetId;
import io.catwork.bets.api.BetOutcome;
import io.catwork.bets.api.BetPaidEvent;
import io.catwork.bets.api.BetPlacedEvent;
import io.catwork.bets.api.PoolSettledEvent;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A pool: bets while open, one settlement on the final status, winners paid by hand once. */
class BetPoolTest {
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final AccountId ALICE = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final AccountId BOB = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a2"));
    static final BetId FIRST = new BetId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final BetId SECOND = new BetId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final BetId THIRD = new BetId(UUID.fromString("00000000-0000-0000-0000-0000000000b3"));
    static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    private AggregateTestFixture<BetPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BetPool.class);
    }

    static BetPlacedEvent placed(BetId bet, AccountId manager, String amount, BetOutcome outcome, int position) {
        return new BetPlacedEvent(ORDER, bet, manager, Money.of(amount), outcome, position, AT);
    }

    static final BetPlacedEvent[] POOL = {placed(FIRST, ALICE, "10.00", BetOutcome.COMPLETED, 0),
        placed(SECOND, BOB, "20.00", BetOutcome.COMPLETED, 1), placed(THIRD, BOB, "5.50", BetOutcome.FAILED, 2)};

    @Test
    void aBetJoinsThePoolInItsPlace() {
        fixture.given((Object[]) new BetPlacedEvent[] {POOL[0]})
                .when(new BetCommands.PlaceBet(ORDER, SECOND, BOB, Money.of("20.00"), BetOutcome.COMPLETED, AT))
                .expectEvents(placed(SECOND, BOB, "20.00", BetOutcome.COMPLETED, 1));
        fixture.givenNoPriorActivity()
                .when(new BetCommands.PlaceBet(ORDER, FIRST, ALICE, Money.of("10.00"), BetOutcome.COMPLETED, AT))
                .expectEvents(POOL[0]);
    }

    @Test
    void theWinnersShareThePotInProportion() {
        fixture.given((Object[]) POOL)
                .when(new BetCommands.SettlePool(ORDER, OrderStatus.COMPLETED))
                .expectEvents(new PoolSettledEvent(ORDER, OrderStatus.COMPLETED, Money.of("35.50"),
                        List.of(new PoolSettledEvent.Payout(FIRST, Money.of("11.83")),
                                new PoolSettledEvent.Payout(SECOND, Money.of("23.67"))), Money.ZERO));
        fixture.given((Object[]) POOL)
                .when(new BetCommands.SettlePool(ORDER, OrderStatus.FAILED))
                .expectEvents(new PoolSettledEvent(ORDER, OrderStatus.FAILED, Money.of("35.50"),
                        List.of(new PoolSettledEvent.Payout(THIRD, Money.of("35.50"))), Money.ZERO));
    }

    @Test
    void aCancelledOrderOrAnOutcomeNobodyBetOnSendsThePotToTheDevelopers() {
        fixture.given((Object[]) POOL)
                .when(new BetCommands.SettlePool(ORDER, OrderStatus.CANCELLED))
                .expectEvents(new PoolSettledEvent(ORDER, OrderStatus.CANCELLED, Money.of("35.50"), List.of(),
                        Money.of("35.50")));
        fixture.given(POOL[0])
                .when(new BetCommands.SettlePool(ORDER, OrderStatus.FAILED))
                .expectEvents(new PoolSettledEvent(ORDER, OrderStatus.FAILED, Money.of("10.00"), List.of(),
                        Money.of("10.00")));
    }

    @Test
    void aPoolSettlesOnceAndTakesNoBetAfterwards() {
        PoolSettledEvent settled = new PoolSettledEvent(ORDER, OrderStatus.CANCELLED, Money.of("10.00"), List.of(),
                Money.of("10.00"));
        fixture.given(POOL[0], settled)
                .when(new BetCommands.SettlePool(ORDER, OrderStatus.COMPLETED))
                .expectNoEvents();
        fixture.given(POOL[0], settled)
                .when(new BetCommands.PlaceBet(ORDER, SECOND, BOB, Money.of("1.00"), BetOutcome.FAILED, AT))
                .expectException(CatworkException.class);
    }

    @Test
    void onlyASettledWinningBetIsMarkedPaidAndOnlyOnce() {
        PoolSettledEvent settled = new PoolSettledEvent(ORDER, OrderStatus.FAILED, Money.of("35.50"),
                List.of(new PoolSettledEvent.Payout(THIRD, Money.of("35.50"))), Money.ZERO);
        fixture.given((Object[]) POOL)
                .when(new BetCommands.MarkBetPaid(ORDER, THIRD, ALICE, AT))
                .expectException(CatworkException.class)
                .expectExceptionMessage(Matchers.containsString("not settled"));
        fixture.given(POOL[0], POOL[1], POOL[2], settled)
                .when(new BetCommands.MarkBetPaid(ORDER, FIRST, ALICE, AT))
                .expectExceptionMessage(Matchers.containsString("did not win"));
        fixture.given(POOL[0], POOL[1], POOL[2], settled)
                .when(new BetCommands.MarkBetPaid(ORDER, THIRD, ALICE, AT))
                .expectEvents(new BetPaidEvent(ORDER, THIRD, Money.of("35.50"), ALICE, AT));
        fixture.given(POOL[0], POOL[1], POOL[2], settled, new BetPaidEvent(ORDER, THIRD, Money.of("35.50"), ALICE, AT))
                .when(new BetCommands.MarkBetPaid(ORDER, THIRD, ALICE, AT))
                .expectExceptionMessage(Matchers.containsString("paid already"));
    }
}
