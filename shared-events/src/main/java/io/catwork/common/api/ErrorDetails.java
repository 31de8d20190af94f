package io.catwork.common.api;

/**
 * A refusal as it travels with a failed command, in {@code CommandExecutionException}'s details, so that it survives
 * a distributed command bus (where the exception itself does not): the error code's name and kind, the field it is
 * about (or null) and the detail.
 */
public record ErrorDetails(String code, ErrorCode.Kind kind, String field, String detail) {

    public static ErrorDetails of(CatworkException refused) {
        return new ErrorDetails(refused.code().name(), refused.code().kind(), refused.field(), refused.getMessage());
    }
}
