package io.catwork.orders.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Role;
import io.catwork.orders.api.CreateServiceTypeCommand;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.UpdateServiceTypeCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Managers keep the catalogue of service types (the MANAGER rule is in ops' security configuration). */
@Access(Role.MANAGER)
@RestController
@RequestMapping("/api/service-types")
class ServiceTypeCommandController {
    private final CommandGateway commands;

    ServiceTypeCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record CreateServiceTypeRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
                                    @NotNull @Positive @Max(24 * 60) Integer durationMinutes) {
    }

    record UpdateServiceTypeRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
                                    @NotNull @Positive @Max(24 * 60) Integer durationMinutes,
                                    @NotNull Boolean active) {
    }

    record ServiceTypeBody(UUID id, String name, String description, int durationMinutes, boolean active) {
    }

    @Operation(summary = "Create a service type")
    @PostMapping
    ResponseEntity<IdView> create(@Valid @RequestBody CreateServiceTypeRequest request) {
        ServiceTypeId id = new ServiceTypeId(UUID.randomUUID());
        commands.sendAndWait(new CreateServiceTypeCommand(id, request.name().strip(), request.description(),
                request.durationMinutes()));
        return ResponseEntity.created(URI.create("/api/service-types/" + id)).body(new IdView(id.value()));
    }

    @Operation(summary = "Update, deactivate or reactivate a service type")
    @PutMapping("/{id}")
    ServiceTypeBody update(@PathVariable UUID id, @Valid @RequestBody UpdateServiceTypeRequest request) {
        commands.sendAndWait(new UpdateServiceTypeCommand(new ServiceTypeId(id), request.name().strip(),
                request.description(), request.durationMinutes(), request.active()));
        return new ServiceTypeBody(id, request.name().strip(), request.description(), request.durationMinutes(),
                request.active());
    }
}
