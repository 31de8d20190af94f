package io.catwork.orders.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record ServiceTypeId(UUID value) implements TypedId {
    public ServiceTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceTypeId of(String value) {
        return new ServiceTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
