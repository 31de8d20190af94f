package io.catwork.common.api;

import java.util.Objects;
import java.util.UUID;

/** The id of an account of any role. {@link #toString()} is the raw value, because Axon routes on it. */
public record AccountId(UUID value) implements TypedId {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
