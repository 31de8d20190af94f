package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderPlacedEvent(OrderId orderId, AccountId clientId, ServiceTypeId serviceTypeId, int durationMinutes,
                               Instant scheduledAt, String address, String description, Instant placedAt)
        implements OrderEvent {
}
