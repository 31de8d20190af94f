package io.catwork.orders.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.CatworkException;
import io.catwork.orders.api.CreateServiceTypeCommand;
import io.catwork.orders.api.OrderErrorCode;
import io.catwork.orders.api.ServiceTypeCreatedEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.ServiceTypeUpdatedEvent;
import io.catwork.orders.api.UpdateServiceTypeCommand;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A kind of service clients can order. Names are unique ignoring case; only active types can be ordered. */
@Aggregate
class ServiceType {
    @AggregateIdentifier
    private ServiceTypeId serviceTypeId;
    private String name;
    private String description;
    private int durationMinutes;
    private boolean active;

    ServiceType() {
        // for event sourcing
    }

    @CommandHandler
    ServiceType(CreateServiceTypeCommand command, ServiceTypeNames names) {
        requireFreeName(command.name(), null, names);
        apply(new ServiceTypeCreatedEvent(command.serviceTypeId(), command.name(), command.description(),
                command.durationMinutes()));
    }

    @CommandHandler
    void handle(UpdateServiceTypeCommand command, ServiceTypeNames names) {
        if (command.name().equals(name) && Objects.equals(command.description(), description)
                && command.durationMinutes() == durationMinutes && command.active() == active) {
            return;
        }
        requireFreeName(command.name(), serviceTypeId, names);
        apply(new ServiceTypeUpdatedEvent(serviceTypeId, command.name(), command.description(),
                command.durationMinutes(), command.active()));
    }

    private static void requireFreeName(String name, ServiceTypeId self, ServiceTypeNames names) {
        if (names.isTaken(name, self)) {
            throw new CatworkException(OrderErrorCode.SERVICE_TYPE_NAME_TAKEN, "name",
                    "a service type named '" + name + "' already exists");
        }
    }

    @EventSourcingHandler
    void on(ServiceTypeCreatedEvent event) {
        serviceTypeId = event.serviceTypeId();
        name = event.name();
        description = event.description();
        durationMinutes = event.durationMinutes();
        active = true;
    }

    @EventSourcingHandler
    void on(ServiceTypeUpdatedEvent event) {
        name = event.name();
        description = event.description();
        durationMinutes = event.durationMinutes();
        active = event.active();
    }
}
