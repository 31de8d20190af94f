package io.catwork.orders.command;

import io.catwork.orders.api.ServiceTypeCreatedEvent;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.ServiceTypeUpdatedEvent;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The set rule "service type names are unique" on the command side. A subscribing group, so the row is written in
 * the same transaction as the event; the unique key on {@code name_key} stops two concurrent creations.
 */
@Component
@ProcessingGroup(ServiceTypeLookup.GROUP)
class ServiceTypeLookup implements ServiceTypeNames {
    static final String GROUP = "service-type-lookup";

    private final ServiceTypeLookupRepository repository;

    ServiceTypeLookup(ServiceTypeLookupRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ServiceTypeCreatedEvent event) {
        repository.save(new ServiceTypeLookupEntry(event.serviceTypeId().value(), event.name(),
                event.durationMinutes(), true));
    }

    @EventHandler
    void on(ServiceTypeUpdatedEvent event) {
        repository.findById(event.serviceTypeId().value())
                .orElseThrow(() -> new IllegalStateException("no lookup row for " + event.serviceTypeId()))
                .update(event.name(), event.durationMinutes(), event.active());
    }

    @Override
    public boolean isTaken(String name, ServiceTypeId except) {
        return repository.findByNameKey(ServiceTypeLookupEntry.key(name))
                .filter(entry -> except == null || !entry.id().equals(except.value()))
                .isPresent();
    }

    @Override
    public Optional<OrderableServiceType> find(ServiceTypeId id) {
        return repository.findById(id.value())
                .map(entry -> new OrderableServiceType(id, entry.durationMinutes(), entry.active()));
    }
}
