package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The check-in deadline passed without a check-in. {@code workerId} only for NO_CHECK_IN. */
@Revision("1")
public record OrderFailedEvent(OrderId orderId, FailureReason reason, AccountId workerId, Instant failedAt)
        implements OrderEvent {
}
