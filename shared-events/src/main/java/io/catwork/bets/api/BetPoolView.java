package io.catwork.bets.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order's pool as API.md shows it; {@code payout} once settled (zero for a losing bet). */
public record BetPoolView(String status, BigDecimal pot, List<Bet> bets, BigDecimal developersShare) {

    public record Bet(UUID id, UUID managerId, BigDecimal amount, BetOutcome outcome, BigDecimal payout,
                      boolean paid) {
    }
}
