package io.catwork.hiring.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record ApplicationId(UUID value) implements TypedId {
    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
