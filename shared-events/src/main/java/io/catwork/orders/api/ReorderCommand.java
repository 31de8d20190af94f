package io.catwork.orders.api;

import io.catwork.common.api.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner of a failed order takes its re-order offer; the copy is {@code newOrderId}. */
public record ReorderCommand(@TargetAggregateIdentifier OrderId orderId, Actor requestedBy, OrderId newOrderId) {
}
