package io.catwork.supplies.api;

import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CookieOrderedEvent(SupplyKitId kitId, OrderId orderId, String supplierOrderId, Instant eta)
        implements SupplyKitEvent {
}
