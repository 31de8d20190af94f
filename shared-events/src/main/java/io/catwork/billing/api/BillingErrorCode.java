package io.catwork.billing.api;

import io.catwork.common.api.ErrorCode;

/** The billing module's refusals. */
public enum BillingErrorCode implements ErrorCode {
    /** A billing run for a period that has not closed yet. */
    PERIOD_NOT_CLOSED(Kind.CONFLICT),
    /** A payout retried while it is not PAYOUT_FAILED. */
    PAYOUT_NOT_RETRYABLE(Kind.CONFLICT),
    /** The account is not of the role the request needs (a bonus for a client, a top-up for a worker). */
    NOT_BILLABLE(Kind.NOT_FOUND),
    GOLDEN_HAT_SIGNATURE_INVALID(Kind.UNAUTHENTICATED);

    private final Kind kind;

    BillingErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
