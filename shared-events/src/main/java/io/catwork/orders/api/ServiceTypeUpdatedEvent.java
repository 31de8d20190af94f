package io.catwork.orders.api;

import org.axonframework.serialization.Revision;

/** The full new state of a service type. */
@Revision("1")
public record ServiceTypeUpdatedEvent(ServiceTypeId serviceTypeId, String name, String description,
                                      int durationMinutes, boolean active) implements ServiceTypeEvent {
}
