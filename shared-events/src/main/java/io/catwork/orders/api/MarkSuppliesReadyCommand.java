package io.catwork.orders.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkSuppliesReadyCommand(@TargetAggregateIdentifier OrderId orderId) {
}
