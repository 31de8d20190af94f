package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CookieReceivedEvent(SupplyKitId kitId, OrderId orderId, String source) implements SupplyKitEvent {
}
