package io.catwork.orders.command;

import io.catwork.orders.api.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

record MarkSuppliesReadyCommand(@TargetAggregateIdentifier OrderId orderId) {
}
