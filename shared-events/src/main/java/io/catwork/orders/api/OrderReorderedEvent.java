package io.catwork.orders.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderReorderedEvent(OrderId orderId, OrderId newOrderId) implements OrderEvent {
}
