package io.catwork.orders.api;

/** Every event of a service type. */
public sealed interface ServiceTypeEvent permits ServiceTypeCreatedEvent, ServiceTypeUpdatedEvent {
    ServiceTypeId serviceTypeId();
}
