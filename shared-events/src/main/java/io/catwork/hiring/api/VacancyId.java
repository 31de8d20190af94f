package io.catwork.hiring.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record VacancyId(UUID value) implements TypedId {
    public VacancyId {
        Objects.requireNonNull(value, "value");
    }

    public static VacancyId of(String value) {
        return new VacancyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
