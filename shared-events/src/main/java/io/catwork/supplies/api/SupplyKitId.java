package io.catwork.supplies.api;

import io.catwork.common.api.TypedId;
import io.catwork.orders.api.OrderId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** {@link #toString()} is the raw value, because Axon routes on it. */
public record SupplyKitId(UUID value) implements TypedId {
    public SupplyKitId {
        Objects.requireNonNull(value, "value");
    }

    /** The kit of an order: a name-based id, so anyone (a redelivered placement, the supplier's webhook) finds it. */
    public static SupplyKitId forOrder(OrderId orderId) {
        return new SupplyKitId(UUID.nameUUIDFromBytes(("supply-kit|" + orderId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
