package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CookieOrderFailedEvent(SupplyKitId kitId, OrderId orderId, String reason) implements SupplyKitEvent {
}
