package io.catwork.common.api;

/** The error codes of no module in particular. */
public enum CommonErrorCode implements ErrorCode {
    VALIDATION_FAILED(Kind.INVALID),
    PAYLOAD_TOO_LARGE(Kind.TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(Kind.UNSUPPORTED),
    NOT_FOUND(Kind.NOT_FOUND),
    FORBIDDEN(Kind.FORBIDDEN),
    CONFLICT(Kind.CONFLICT);

    private final Kind kind;

    CommonErrorCode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
