package io.catwork.common.api;

import java.util.Objects;

/**
 * A processing group as its module declares it: its name (the one on {@code @ProcessingGroup}, or a saga's processor
 * name), its kind, and the settings of its processor. {@code sequenceProperty}: the payload property whose value
 * orders the group's events and names what a failure parks (for instance {@code orderId}: every event of one order in
 * one sequence, whichever aggregate published it); null for one sequence per aggregate.
 */
public record ProcessingGroupDeclaration(String name, ProcessingKind kind, int segments, int threads, int batchSize,
                                         String sequenceProperty) {

    public ProcessingGroupDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (segments < 1 || threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException(name + ": segments, threads and batch size must be positive");
        }
    }

    /** A replayable read model: two segments on two threads, up to 200 events per transaction. */
    public static ProcessingGroupDeclaration projection(String name) {
        return new ProcessingGroupDeclaration(name, ProcessingKind.PROJECTION, 2, 2, 200, null);
    }

    /** A command-side lookup, written in the transaction of the command whose event it takes. */
    public static ProcessingGroupDeclaration lookup(String name) {
        return new ProcessingGroupDeclaration(name, ProcessingKind.LOOKUP, 1, 1, 1, null);
    }

    /** A saga whose instances are keyed by {@code sequenceProperty} (its association property). */
    public static ProcessingGroupDeclaration saga(String name, String sequenceProperty) {
        return new ProcessingGroupDeclaration(name, ProcessingKind.SAGA, 1, 1, 1,
                Objects.requireNonNull(sequenceProperty, "sequenceProperty"));
    }

    /** A side effect: one segment, so it sees events in the order they were stored. */
    public static ProcessingGroupDeclaration sideEffect(String name) {
        return new ProcessingGroupDeclaration(name, ProcessingKind.SIDE_EFFECT, 1, 1, 20, null);
    }

    public ProcessingGroupDeclaration sequencedBy(String property) {
        return new ProcessingGroupDeclaration(name, kind, segments, threads, batchSize, property);
    }

    public ProcessingGroupDeclaration batchSize(int size) {
        return new ProcessingGroupDeclaration(name, kind, segments, threads, size, sequenceProperty);
    }

    public ProcessingGroupDeclaration segments(int count, int threadCount) {
        return new ProcessingGroupDeclaration(name, kind, count, threadCount, batchSize, sequenceProperty);
    }
}
