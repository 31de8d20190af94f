package io.catwork.orders.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNoWorkerAvailableCommand(@TargetAggregateIdentifier OrderId orderId) {
}
