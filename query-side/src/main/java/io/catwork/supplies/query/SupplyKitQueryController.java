package io.catwork.supplies.query;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.supplies.api.KitStatus;
import io.catwork.supplies.api.SupplyKitView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
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
}
