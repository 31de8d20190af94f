package io.catwork.orders.query;

import io.catwork.orders.api.ServiceTypeCreatedEvent;
import io.catwork.orders.api.ServiceTypeUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ServiceTypeProjection.GROUP)
class ServiceTypeProjection {
    static final String GROUP = "service-types-projection";

    private final ServiceTypeViewRepository repository;

    ServiceTypeProjection(ServiceTypeViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ServiceTypeCreatedEvent event) {
        ServiceTypeViewEntity entity = new ServiceTypeViewEntity(event.serviceTypeId().value());
        entity.update(event.name(), event.description(), event.durationMinutes(), true);
        repository.save(entity);
    }

    @EventHandler
    void on(ServiceTypeUpdatedEvent event) {
        repository.findById(event.serviceTypeId().value()).ifPresent(entity ->
                entity.update(event.name(), event.description(), event.durationMinutes(), event.active()));
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
