package io.catwork.accounts.api;

import io.catwork.common.api.ErrorCode;

/** The accounts module's refusals. */
public enum AccountErrorCode implements ErrorCode {
    EMAIL_TAKEN(Kind.CONFLICT);

    private final Kind kind;

    AccountErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
