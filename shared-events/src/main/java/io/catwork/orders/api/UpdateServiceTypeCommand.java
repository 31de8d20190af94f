package io.catwork.orders.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a service type's fields; {@code active = false} deactivates it (it can no longer be ordered). */
public record UpdateServiceTypeCommand(@TargetAggregateIdentifier ServiceTypeId serviceTypeId, String name,
                                       String description, int durationMinutes, boolean active) {
}
