package io.catwork.orders.api;

import org.axonframework.serialization.Revision;

/** A matching attempt found no free worker; matching tries again after the retry interval. */
@Revision("1")
public record NoWorkerAvailableEvent(OrderId orderId) implements OrderEvent {
}
