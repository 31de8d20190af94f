package io.catwork.hiring.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record TestId(UUID value) implements TypedId {
    public TestId {
        Objects.requireNonNull(value, "value");
    }

    public static TestId of(String value) {
        return new TestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
