package io.catwork.supplies.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.supplies.api.KitStatus;
import io.catwork.supplies.api.SupplyKitView;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assemblers and managers see the kits, soonest needed first (role rule in ops' security configuration). */
@RestController
class SupplyKitQueryController {
    private final SupplyKitViewRepository kits;

    SupplyKitQueryController(SupplyKitViewRepository kits) {
        this.kits = kits;
    }

    @Access({Role.ASSEMBLER, Role.MANAGER})
    @Operation(summary = "List supply kits, soonest needed first")
    @GetMapping("/api/supply-kits")
    List<SupplyKitView> list(@RequestParam(required = false) KitStatus status) {
        List<SupplyKitViewEntity> found = status == null ? kits.findAllByOrderByDeliverBy()
                : kits.findAllByStatusOrderByDeliverBy(status);
        return found.stream().map(SupplyKitViewEntity::toView).toList();
    }

    /** A kit with its times: when it was opened and when it must be ready. */
    record KitOfOrder(SupplyKitView kit, Instant openedAt, Instant deliverBy) {
    }

    /** The kit of one order (an order has one; none before the supplies module has opened it). */
    Optional<KitOfOrder> kitOfOrder(UUID orderId) {
        return kits.findFirstByOrderIdOrderByCreatedAt(orderId)
                .map(kit -> new KitOfOrder(kit.toView(), kit.createdAt(), kit.deliverBy()));
    }
}
