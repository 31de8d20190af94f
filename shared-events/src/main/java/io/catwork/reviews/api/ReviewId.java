package io.catwork.reviews.api;

import io.catwork.common.api.TypedId;
import io.catwork.orders.api.OrderId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A quality review's id. An automatic review's id derives from its order and trigger, so a redelivered event opens
 * the same review, never a second one. {@link #toString()} is the raw value, because Axon routes on it.
 */
public record ReviewId(UUID value) implements TypedId {
    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static ReviewId of(String value) {
        return new ReviewId(UUID.fromString(value));
    }

    public static ReviewId automatic(OrderId orderId, ReviewTrigger trigger) {
        return new ReviewId(UUID.nameUUIDFromBytes(("review|" + orderId + "|" + trigger)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
