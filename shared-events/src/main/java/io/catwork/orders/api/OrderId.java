package io.catwork.orders.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record OrderId(UUID value) implements TypedId {
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId of(String value) {
        return new OrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
