package io.catwork.bets.command;

import io.catwork.bets.api.BetId;
import io.catwork.common.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a pot is split among the winning bets (DOMAIN.md §3): in proportion to their stakes, each share rounded down to
 * 0.01, then the cents left over one by one to the largest remainders, the earliest bet first on a tie, so that the
 * shares sum to the pot exactly.
 */
final class Settlement {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Settlement() {
    }

    /** A winning bet: its stake and its place in the pool (earlier is smaller). */
    record Stake(BetId betId, Money amount, int position) {
    }

    /** Each winner's share, in the order given; they sum to {@code pot}. */
    static Map<BetId, Money> split(Money pot, List<Stake> winners) {
        if (winners.isEmpty()) {
            throw new IllegalArgumentException("no winners to split the pot among");
        }
        BigDecimal staked = winners.stream().map(stake -> stake.amount().amount()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<Share> shares = new ArrayList<>(winners.size());
        BigDecimal given = BigDecimal.ZERO;
        for (Stake stake : winners) {
            // pot × stake / staked, in cents: the whole cents now, the rest as the remainder that may earn one more
            BigDecimal[] cents = pot.amount().movePointRight(2).multiply(stake.amount().amount())
                    .divideAndRemainder(staked);
            BigDecimal floor = cents[0].movePointLeft(2);
            shares.add(new Share(stake, floor, cents[1]));
            given = given.add(floor);
        }
        int leftover = pot.amount().subtract(given).divide(CENT, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Share> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparing(Share::remainder).reversed()
                .thenComparingInt(share -> share.stake().position()));
        for (int i = 0; i < leftover; i++) {
            Share lucky = byRemainder.get(i);
            lucky.amount = lucky.amount.add(CENT);
        }
        Map<BetId, Money> result = new LinkedHashMap<>();
        for (Share share : shares) {
            result.put(share.stake().betId(), Money.of(share.amount));
        }
        return result;
    }

    private static final class Share {
        private final Stake stake;
        private BigDecimal amount;
        private final BigDecimal remainder;

        Share(Stake stake, BigDecimal amount, BigDecimal remainder) {
            this.stake = stake;
            this.amount = amount;
            this.remainder = remainder;
        }

        Stake stake() {
            return stake;
        }

        BigDecimal remainder() {
            return remainder;
        }
    }
}
