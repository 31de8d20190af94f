package io.catwork.orders.api;

import io.catwork.common.api.ErrorCode;

/** The orders module's refusals. */
public enum OrderErrorCode implements ErrorCode {
    SERVICE_TYPE_NAME_TAKEN(Kind.CONFLICT),
    ORDER_NOT_CANCELLABLE(Kind.CONFLICT),
    CHECK_IN_NOT_ALLOWED(Kind.CONFLICT),
    REPORT_NOT_ALLOWED(Kind.CONFLICT),
    REORDER_NOT_ALLOWED(Kind.CONFLICT);

    private final Kind kind;

    OrderErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
