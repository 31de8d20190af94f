package io.catwork.common.api;

/**
 * What a processing group does, which decides how ops runs it (ARCHITECTURE.md, "Processing groups"):
 * <ul>
 *   <li>{@link #PROJECTION}: a read model. Pooled streaming, replayable by managers (its reset handler clears its
 *       tables and its dead letters), a failing event parks its own sequence in the dead-letter queue.</li>
 *   <li>{@link #LOOKUP}: a command-side table that commands consult. Subscribing, in the command's own transaction:
 *       a failure fails the command, so an event a lookup cannot take is never stored. Never replayed.</li>
 *   <li>{@link #SAGA}: a process across modules. Tracking, one event per transaction; a step that keeps failing is
 *       retried with backoff, then parked for its own sequence (its order). Never replayed.</li>
 *   <li>{@link #SIDE_EFFECT}: emails, supplier calls, payouts. Pooled streaming, never replayed
 *       ({@code @DisallowReplay}), idempotent on a deterministic key, a failing event parked like a projection's.</li>
 * </ul>
 */
public enum ProcessingKind {
    PROJECTION, LOOKUP, SAGA, SIDE_EFFECT;

    /** Whether managers may replay (rebuild) a group of this kind. */
    public boolean replayable() {
        return this == PROJECTION;
    }

    /** Whether failing events of a group of this kind are parked in a dead-letter queue. */
    public boolean parksFailures() {
        return this != LOOKUP;
    }
}
