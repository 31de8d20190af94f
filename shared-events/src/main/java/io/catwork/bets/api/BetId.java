package io.catwork.bets.api;

import io.catwork.common.api.TypedId;
import java.util.Objects;
import java.util.UUID;

/** A bet's id. {@link #toString()} is the raw value. */
public record BetId(UUID value) implements TypedId {
    public BetId {
        Objects.requireNonNull(value, "value");
    }

    public static BetId of(String value) {
        return new BetId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
