package io.catwork.orders.command;

import io.catwork.orders.api.ServiceTypeId;
import java.util.Optional;

/** The command side's own view of every service type: unique names, and what an order needs to know. */
public interface ServiceTypeNames {

    /** Whether another service type than {@code except} (null: any) already has this name, ignoring case. */
    boolean isTaken(String name, ServiceTypeId except);

    Optional<OrderableServiceType> find(ServiceTypeId id);

    record OrderableServiceType(ServiceTypeId id, int durationMinutes, boolean active) {
    }
}
