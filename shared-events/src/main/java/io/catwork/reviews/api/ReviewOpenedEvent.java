package io.catwork.reviews.api;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A review of the order opened; {@code workerId} when a worker was assigned, else null. */
@Revision("1")
public record ReviewOpenedEvent(ReviewId reviewId, OrderId orderId, AccountId clientId, AccountId workerId,
                                ReviewTrigger trigger, Instant openedAt) {
}
