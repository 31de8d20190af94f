package io.catwork.common.api;

import java.util.Objects;

/**
 * A refused request: carries an {@link ErrorCode} and, for invalid input, the field it is about. Thrown by command
 * handlers and controllers; ops maps it once to a problem-details answer.
 */
public class CatworkException extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public CatworkException(ErrorCode code, String detail) {
        this(code, null, detail);
    }

    public CatworkException(ErrorCode code, String field, String detail) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public static CatworkException notFound(String what) {
        return new CatworkException(CommonErrorCode.NOT_FOUND, what + " not found");
    }

    public static CatworkException invalid(String field, String detail) {
        return new CatworkException(CommonErrorCode.VALIDATION_FAILED, field, detail);
    }

    public ErrorCode code() {
        return code;
    }

    /** The request field this error is about, or null. */
    public String field() {
        return field;
    }
}
