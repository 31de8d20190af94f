package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record KitPackedEvent(SupplyKitId kitId, OrderId orderId) implements SupplyKitEvent {
}
