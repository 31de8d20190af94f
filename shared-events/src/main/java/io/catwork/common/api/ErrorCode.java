package io.catwork.common.api;

/**
 * Why a request was refused: a code (its {@link #name()}, unique across modules) and a kind, which ops maps once to an
 * HTTP status and a problem type {@code https://catwork.io/problems/<code>}. Each module declares its own codes as an
 * enum implementing this interface and lists them in its {@link ModuleDeclaration}; the codes every module may use
 * are {@link CommonErrorCode}.
 */
public interface ErrorCode {

    String name();

    Kind kind();

    enum Kind { INVALID, UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_LARGE, UNSUPPORTED }
}
