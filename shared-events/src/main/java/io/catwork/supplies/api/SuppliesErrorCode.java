package io.catwork.supplies.api;

import io.catwork.common.api.ErrorCode;

/** The supplies module's refusals. */
public enum SuppliesErrorCode implements ErrorCode {
    WEBHOOK_SIGNATURE_INVALID(Kind.UNAUTHENTICATED);

    private final Kind kind;

    SuppliesErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
