package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;
import org.axonframework.serialization.Revision;

/** Packed and holding its cookie: the order may now get a worker. */
@Revision("1")
public record SupplyKitReadyEvent(SupplyKitId kitId, OrderId orderId) implements SupplyKitEvent {
}
