package io.catwork.supplies.api;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SupplyKitOpenedEvent(SupplyKitId kitId, OrderId orderId, AccountId clientId, String address,
                                   Instant deliverBy) implements SupplyKitEvent {
}
