package io.catwork.common.api;

/**
 * Why a request was refused. Each code belongs to one kind, which ops maps once to an HTTP status.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Kind.INVALID),
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Kind.UNSUPPORTED),
    NOT_FOUND(Kind.NOT_FOUND),
    FORBIDDEN(Kind.FORBIDDEN),
    WEBHOOK_SIGNATURE_INVALID(Kind.UNAUTHENTICATED),
    EMAIL_TAKEN(Kind.CONFLICT),
    SERVICE_TYPE_NAME_TAKEN(Kind.CONFLICT),
    ORDER_NOT_CANCELLABLE(Kind.CONFLICT),
    APPLICATION_ALREADY_ACTIVE(Kind.CONFLICT),
    APPLICATION_DECIDED(Kind.CONFLICT),
    TESTS_WITHOUT_RESULT(Kind.CONFLICT),
    TEST_NOT_ASSIGNED(Kind.CONFLICT),
    TEST_RESULT_RECORDED(Kind.CONFLICT),
    VACANCY_CLOSED(Kind.CONFLICT),
    CHECK_IN_NOT_ALLOWED(Kind.CONFLICT),
    REPORT_NOT_ALLOWED(Kind.CONFLICT),
    REORDER_NOT_ALLOWED(Kind.CONFLICT),
    CONFLICT(Kind.CONFLICT);

    public enum Kind { INVALID, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_LARGE, UNSUPPORTED }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
