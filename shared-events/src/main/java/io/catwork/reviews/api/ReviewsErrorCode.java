package io.catwork.reviews.api;

import io.catwork.common.api.ErrorCode;

/** The quality review module's refusals. */
public enum ReviewsErrorCode implements ErrorCode {
    /** A manual review of an order that has an open review. */
    REVIEW_ALREADY_OPEN(Kind.CONFLICT),
    /** A result for a review that is DONE. */
    REVIEW_DONE(Kind.CONFLICT);

    private final Kind kind;

    ReviewsErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
