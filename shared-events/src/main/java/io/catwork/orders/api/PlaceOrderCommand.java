package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A client orders a service. {@code placedAt}, {@code earliestStart} and {@code latestStart} (placedAt plus the
 * minimum and the maximum lead time) come from the caller's clock, so the aggregate needs none; {@code checkInGrace}
 * sets the check-in deadline after the start. {@code reorderOf}: the failed order this one copies, or null.
 */
public record PlaceOrderCommand(@TargetAggregateIdentifier OrderId orderId, AccountId clientId,
                                ServiceTypeId serviceTypeId, int durationMinutes, Instant scheduledAt,
                                String address, String description, Instant placedAt, Instant earliestStart,
                                Instant latestStart, Duration checkInGrace, OrderId reorderOf) {
}
