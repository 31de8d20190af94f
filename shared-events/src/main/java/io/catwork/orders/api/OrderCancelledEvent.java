package io.catwork.orders.api;

import io.catwork.common.api.Actor;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderCancelledEvent(OrderId orderId, Actor cancelledBy, String reason, OrderStatus previousStatus,
                                  Instant cancelledAt) implements OrderEvent {
}
