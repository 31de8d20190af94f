package io.catwork.orders.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ServiceTypeCreatedEvent(ServiceTypeId serviceTypeId, String name, String description,
                                      int durationMinutes) implements ServiceTypeEvent {
}
