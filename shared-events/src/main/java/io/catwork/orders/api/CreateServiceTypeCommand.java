package io.catwork.orders.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateServiceTypeCommand(@TargetAggregateIdentifier ServiceTypeId serviceTypeId, String name,
                                       String description, int durationMinutes) {
}
