package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code checkInDeadline}: start plus the grace; {@code reorderOf}: the failed order this one copies, or null. */
@Revision("1")
public record OrderPlacedEvent(OrderId orderId, AccountId clientId, ServiceTypeId serviceTypeId, int durationMinutes,
                               Instant scheduledAt, String address, String description, Instant placedAt,
                               Instant checkInDeadline, OrderId reorderOf) implements OrderEvent {
}
