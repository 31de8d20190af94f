package io.catwork.hiring.api;

import io.catwork.common.api.ErrorCode;

/** The hiring module's refusals. */
public enum HiringErrorCode implements ErrorCode {
    APPLICATION_ALREADY_ACTIVE(Kind.CONFLICT),
    APPLICATION_DECIDED(Kind.CONFLICT),
    TESTS_WITHOUT_RESULT(Kind.CONFLICT),
    TEST_NOT_ASSIGNED(Kind.CONFLICT),
    TEST_RESULT_RECORDED(Kind.CONFLICT),
    VACANCY_CLOSED(Kind.CONFLICT);

    private final Kind kind;

    HiringErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
