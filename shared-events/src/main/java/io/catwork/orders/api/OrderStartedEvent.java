package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderStartedEvent(OrderId orderId, AccountId workerId, UUID photoId, String photoSha256,
                                Instant startedAt) implements OrderEvent {
}
