package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderCompletedEvent(OrderId orderId, AccountId workerId, BigDecimal price, UUID reportPhotoId,
                                  String reportSha256, Instant completedAt) implements OrderEvent {
}
