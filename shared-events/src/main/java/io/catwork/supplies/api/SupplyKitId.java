package io.catwork.supplies.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record SupplyKitId(UUID value) implements TypedId {
    public SupplyKitId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
