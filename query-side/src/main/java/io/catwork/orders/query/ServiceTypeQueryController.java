package io.catwork.orders.query;

import io.catwork.common.api.Access;
import io.catwork.orders.api.ServiceTypeView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ServiceTypeQueryController {
    private final ServiceTypeViewRepository repository;

    ServiceTypeQueryController(ServiceTypeViewRepository repository) {
        this.repository = repository;
    }

    /** Every service type with its {@code active} flag; {@code ?active=true} lists only the orderable ones. */
    @Access(anyAccount = true)
    @Operation(summary = "List the service types")
    @GetMapping("/api/service-types")
    List<ServiceTypeView> list(@RequestParam(required = false) Boolean active) {
        List<ServiceTypeViewEntity> found = active == null
                ? repository.findAllByOrderByName()
                : repository.findAllByActiveOrderByName(active);
        return found.stream().map(ServiceTypeViewEntity::toView).toList();
    }
}
