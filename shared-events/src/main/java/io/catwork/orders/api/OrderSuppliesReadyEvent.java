package io.catwork.orders.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderSuppliesReadyEvent(OrderId orderId) implements OrderEvent {
}
