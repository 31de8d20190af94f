package io.catwork.bets.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.bets.api.BetId;
import io.catwork.bets.api.BetOutcome;
import io.catwork.bets.api.BetPaidEvent;
import io.catwork.bets.api.BetPlacedEvent;
import io.catwork.bets.api.BetsErrorCode;
import io.catwork.bets.api.PoolSettledEvent;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Money;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.OrderStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The managers' pool on one order (DOMAIN.md §3): the bets, then, once the order is final, the split of the pot. Its
 * stream is {@code bets-<orderId>}, since the order's own aggregate owns the bare order id. Whether betting is still
 * open is the order's to say: the controller checks it under a lock in the same transaction ({@code BetsLookup}).
 */
@Aggregate
class BetPool {
    /** The event stream's identifier. */
    @AggregateIdentifier
    private String stream;
    private OrderId orderId;
    private final Map<BetId, PlacedBet> bets = new LinkedHashMap<>();
    private boolean settled;
    private final Map<BetId, Money> payouts = new HashMap<>();
    private final Set<BetId> paid = new HashSet<>();

    BetPool() {
        // created by its first bet
    }

    static String streamOf(OrderId orderId) {
        return "bets-" + orderId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BetCommands.PlaceBet command) {
        if (settled) {
            throw new CatworkException(BetsErrorCode.BETTING_CLOSED, "the pool of this order is settled");
        }
        if (!command.amount().isPositive()) {
            throw CatworkException.invalid("amount", "must be positive");
        }
        if (bets.containsKey(command.betId())) {
            return;
        }
        apply(new BetPlacedEvent(command.orderId(), command.betId(), command.managerId(), command.amount(),
                command.outcome(), bets.size(), command.at()));
    }

    /**
     * The order is final: the bets on its final status win the whole pot, split by {@link Settlement}; a cancelled
     * order, or a status nobody bet on, sends the pot to the developers' fund. Settled once, however often asked.
     */
    @CommandHandler
    void handle(BetCommands.SettlePool command) {
        if (settled) {
            return;
        }
        Money pot = bets.values().stream().map(PlacedBet::amount).reduce(Money.ZERO, Money::plus);
        List<Settlement.Stake> winners = new ArrayList<>();
        for (Map.Entry<BetId, PlacedBet> bet : bets.entrySet()) {
            if (wins(bet.getValue().outcome(), command.finalStatus())) {
                winners.add(new Settlement.Stake(bet.getKey(), bet.getValue().amount(), bet.getValue().position()));
            }
        }
        List<PoolSettledEvent.Payout> shares = new ArrayList<>();
        if (!winners.isEmpty()) {
            Settlement.split(pot, winners).forEach((bet, share) -> shares.add(new PoolSettledEvent.Payout(bet, share)));
        }
        apply(new PoolSettledEvent(orderId, command.finalStatus(), pot, shares,
                winners.isEmpty() ? pot : Money.ZERO));
    }

    @CommandHandler
    void handle(BetCommands.MarkBetPaid command) {
        if (!bets.containsKey(command.betId())) {
            throw CatworkException.notFound("bet");
        }
        Money payout = payouts.get(command.betId());
        if (!settled || payout == null || paid.contains(command.betId())) {
            throw new CatworkException(BetsErrorCode.BET_NOT_PAYABLE, !settled ? "the pool is not settled yet"
                    : payout == null ? "this bet did not win" : "this bet was marked paid already");
        }
        apply(new BetPaidEvent(orderId, command.betId(), payout, command.markedBy(), command.at()));
    }

    private static boolean wins(BetOutcome outcome, OrderStatus finalStatus) {
        return switch (finalStatus) {
            case COMPLETED -> outcome == BetOutcome.COMPLETED;
            case FAILED -> outcome == BetOutcome.FAILED;
            default -> false;
        };
    }

    @EventSourcingHandler
    void on(BetPlacedEvent event) {
        orderId = event.orderId();
        stream = streamOf(event.orderId());
        bets.put(event.betId(), new PlacedBet(event.amount(), event.outcome(), event.position()));
    }

    @EventSourcingHandler
    void on(PoolSettledEvent event) {
        settled = true;
        event.payouts().forEach(payout -> payouts.put(payout.betId(), payout.amount()));
    }

    @EventSourcingHandler
    void on(BetPaidEvent event) {
        paid.add(event.betId());
    }

    private record PlacedBet(Money amount, BetOutcome outcome, int position) {
    }
}
