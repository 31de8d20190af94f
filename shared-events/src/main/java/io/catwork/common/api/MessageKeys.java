package io.catwork.common.api;

/** The metadata every command and event carries: who caused it, and the request it belongs to. */
public final class MessageKeys {
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String CORRELATION_ID = "correlationId";

    private MessageKeys() {
    }
}
