package io.catwork.orders.command;

import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.PlaceOrderCommand;
import io.catwork.orders.api.ServiceTypeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The orders' front door: clients place orders; clients and managers cancel them. */
@RestController
@RequestMapping("/api/orders")
class OrderCommandController {
    private final CommandGateway commands;
    private final ServiceTypeNames serviceTypes;
    private final OrdersProperties properties;
    private final Clock clock;

    OrderCommandController(CommandGateway commands, ServiceTypeNames serviceTypes, OrdersProperties properties,
                           Clock clock) {
        this.commands = commands;
        this.serviceTypes = serviceTypes;
        this.properties = properties;
        this.clock = clock;
    }

    record PlaceOrderRequest(@NotNull UUID serviceTypeId, @NotNull OffsetDateTime scheduledAt,
                             @NotBlank @Size(max = 500) String address,
                             @NotBlank @Size(max = 4000) String description) {
    }

    record CancelOrderRequest(@Size(max = 2000) String reason) {
    }

    @PostMapping
    ResponseEntity<IdView> place(Actor actor, @Valid @RequestBody PlaceOrderRequest request) {
        ServiceTypeId serviceTypeId = new ServiceTypeId(request.serviceTypeId());
        ServiceTypeNames.OrderableServiceType type = serviceTypes.find(serviceTypeId)
                .filter(ServiceTypeNames.OrderableServiceType::active)
                .orElseThrow(() -> CatworkException.invalid("serviceTypeId", "no active service type with this id"));
        Instant now = clock.instant();
        OrderId orderId = new OrderId(UUID.randomUUID());
        commands.sendAndWait(new PlaceOrderCommand(orderId, actor.id(), serviceTypeId, type.durationMinutes(),
                request.scheduledAt().toInstant(), request.address().strip(), request.description().strip(), now,
                now.plus(properties.minLeadTime())));
        return ResponseEntity.created(URI.create("/api/orders/" + orderId)).body(new IdView(orderId.value()));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Void> cancel(Actor actor, @PathVariable UUID id,
                                @Valid @RequestBody(required = false) CancelOrderRequest request) {
        String reason = request == null ? null : request.reason();
        commands.sendAndWait(new CancelOrderCommand(new OrderId(id), actor, reason, clock.instant()));
        return ResponseEntity.ok().build();
    }
}
