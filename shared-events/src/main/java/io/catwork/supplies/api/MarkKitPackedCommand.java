package io.catwork.supplies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkKitPackedCommand(@TargetAggregateIdentifier SupplyKitId kitId) {
}
