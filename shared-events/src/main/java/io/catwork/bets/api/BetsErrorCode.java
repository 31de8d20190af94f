package io.catwork.bets.api;

import io.catwork.common.api.ErrorCode;

/** The bets module's refusals. */
public enum BetsErrorCode implements ErrorCode {
    /** Betting on an order whose worker has checked in, or that has reached a final state. */
    BETTING_CLOSED(Kind.CONFLICT),
    /** Marking paid a bet that did not win, is not settled yet, or was marked paid already. */
    BET_NOT_PAYABLE(Kind.CONFLICT);

    private final Kind kind;

    BetsErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
