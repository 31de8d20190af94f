package io.catwork.supplies.query;

import io.catwork.supplies.api.CookieOrderFailedEvent;
import io.catwork.supplies.api.CookieOrderedEvent;
import io.catwork.supplies.api.CookieReceivedEvent;
import io.catwork.supplies.api.KitPackedEvent;
import io.catwork.supplies.api.SupplyKitOpenedEvent;
import io.catwork.supplies.api.SupplyKitReadyEvent;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(SupplyKitProjection.GROUP)
class SupplyKitProjection {
    static final String GROUP = "supplies-projection";

    private final SupplyKitViewRepository kits;

    SupplyKitProjection(SupplyKitViewRepository kits) {
        this.kits = kits;
    }

    @EventHandler
    void on(SupplyKitOpenedEvent event, @Timestamp Instant at) {
        if (!kits.existsById(event.kitId().value())) {
            kits.save(new SupplyKitViewEntity(event.kitId().value(), event.orderId().value(), event.deliverBy(), at));
        }
    }

    @EventHandler
    void on(CookieOrderedEvent event) {
        kit(event.kitId().value(), kit -> kit.cookieOrdered(event.supplierOrderId()));
    }

    @EventHandler
    void on(CookieOrderFailedEvent event) {
        kit(event.kitId().value(), SupplyKitViewEntity::cookieOrderFailed);
    }

    @EventHandler
    void on(CookieReceivedEvent event) {
        kit(event.kitId().value(), SupplyKitViewEntity::cookieDelivered);
    }

    @EventHandler
    void on(KitPackedEvent event) {
        kit(event.kitId().value(), SupplyKitViewEntity::packed);
    }

    @EventHandler
    void on(SupplyKitReadyEvent event) {
        kit(event.kitId().value(), SupplyKitViewEntity::ready);
    }

    private void kit(UUID id, Consumer<SupplyKitViewEntity> change) {
        change.accept(kits.findById(id).orElseThrow(() -> new IllegalStateException("no view of kit " + id)));
    }

    @ResetHandler
    void reset() {
        kits.deleteAllInBatch();
    }
}
