package io.catwork.bets.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.bets.api.BetId;
import io.catwork.common.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The split of a pot: exact examples, and the rules over thousands of seeded random pools. */
class SettlementTest {

    static BetId bet(int n) {
        return new BetId(new UUID(0, n));
    }

    static Settlement.Stake stake(int position, String amount) {
        return new Settlement.Stake(bet(position), Money.of(amount), position);
    }

    @Test
    void aPotSplitsInProportionAndTheLeftoverCentsGoToTheLargestRemainders() {
        // pot 100.00 over three equal stakes: 33.33 each, one cent left, earliest bet first on the tie
        Map<BetId, Money> shares = Settlement.split(Money.of("100.00"),
                List.of(stake(0, "10.00"), stake(1, "10.00"), stake(2, "10.00")));
        assertThat(shares).containsEntry(bet(0), Money.of("33.34")).containsEntry(bet(1), Money.of("33.33"))
                .containsEntry(bet(2), Money.of("33.33"));
        // pot 10.00 over stakes 1 and 2: 3.333… and 6.666…; 6.66 has the larger remainder and gets the cent
        assertThat(Settlement.split(Money.of("10.00"), List.of(stake(0, "1.00"), stake(1, "2.00"))))
                .containsEntry(bet(0), Money.of("3.33")).containsEntry(bet(1), Money.of("6.67"));
        assertThat(Settlement.split(Money.of("0.01"), List.of(stake(0, "5.00"), stake(1, "5.00"))))
                .containsEntry(bet(0), Money.of("0.01")).containsEntry(bet(1), Money.ZERO);
        assertThat(Settlement.split(Money.of("57.30"), List.of(stake(4, "57.30"))))
                .containsEntry(bet(4), Money.of("57.30"));
    }

    @Test
    void forThousandsOfRandomPoolsTheSharesSumToThePotAndNoWinnerGetsLessThanItsFloor() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 5000; round++) {
            int winners = 1 + random.nextInt(12);
            List<Settlement.Stake> stakes = new ArrayList<>();
            BigDecimal staked = BigDecimal.ZERO;
            for (int i = 0; i < winners; i++) {
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 100 : 10_000_000),
                        2);
                stakes.add(stake(i, amount.toPlainString()));
                staked = staked.add(amount);
            }
            // the pot holds the winners' stakes and perhaps losers' too
            BigDecimal pot = staked.add(BigDecimal.valueOf(random.nextInt(1_000_000), 2));
            Map<BetId, Money> shares = Settlement.split(Money.of(pot), stakes);

            BigDecimal sum = shares.values().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("round %d", round).isEqualByComparingTo(pot);
            for (Settlement.Stake stake : stakes) {
                BigDecimal share = shares.get(stake.betId()).amount();
                BigDecimal floor = pot.multiply(stake.amount().amount()).divide(staked, 2, RoundingMode.FLOOR);
                assertThat(share).as("round %d", round).isNotNegative()
                        .isGreaterThanOrEqualTo(floor).isLessThanOrEqualTo(floor.add(new BigDecimal("0.01")));
            }
        }
    }
}
