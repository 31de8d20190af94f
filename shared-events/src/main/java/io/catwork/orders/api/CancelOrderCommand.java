package io.catwork.orders.api;

import io.catwork.common.api.Actor;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner client (before check-in) or a manager (before a final state) cancels an order. */
public record CancelOrderCommand(@TargetAggregateIdentifier OrderId orderId, Actor requestedBy, String reason,
                                 Instant requestedAt) {
}
