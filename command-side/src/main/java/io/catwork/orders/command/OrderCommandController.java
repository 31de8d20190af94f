package io.catwork.orders.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.IdView;
import io.catwork.common.api.Photos;
import io.catwork.common.api.Role;
import io.catwork.orders.api.CancelOrderCommand;
import io.catwork.orders.api.CheckInCommand;
import io.catwork.orders.api.OrderErrorCode;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.PlaceOrderCommand;
import io.catwork.orders.api.ReorderCommand;
import io.catwork.orders.api.ServiceTypeId;
import io.catwork.orders.api.SubmitReportCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final PhotoUploads photoUploads;
    private final Assignments assignments;
    private final TransactionTemplate transactions;

    OrderCommandController(CommandGateway commands, ServiceTypeNames serviceTypes, OrdersProperties properties,
                           Clock clock, PhotoUploads photoUploads, Assignments assignments,
                           TransactionTemplate transactions) {
        this.assignments = assignments;
        this.transactions = transactions;
        this.commands = commands;
        this.serviceTypes = serviceTypes;
        this.properties = properties;
        this.clock = clock;
        this.photoUploads = photoUploads;
    }

    record PlaceOrderRequest(@NotNull UUID serviceTypeId, @NotNull OffsetDateTime scheduledAt,
                             @NotBlank @Size(max = 500) String address,
                             @NotBlank @Size(max = 4000) String description) {
    }

    record CancelOrderRequest(@Size(max = 2000) String reason) {
    }

    @Access(Role.CLIENT)
    @Operation(summary = "Place an order")
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
                now.plus(properties.minLeadTime()), now.plus(properties.maxLeadTime()), properties.checkInGrace(),
                null));
        return ResponseEntity.created(URI.create("/api/orders/" + orderId)).body(new IdView(orderId.value()));
    }

    record ReorderRequest(@NotNull OffsetDateTime scheduledAt) {
    }

    /** The owner of a failed order orders a copy of it for a new time; both steps commit together. */
    @Access(Role.CLIENT)
    @Operation(summary = "Order a copy of a failed order for a new time")
    @PostMapping("/{id}/reorder")
    @Transactional
    ResponseEntity<IdView> reorder(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReorderRequest request) {
        OrderId copy = new OrderId(UUID.randomUUID());
        Order.ReorderSource source = commands.sendAndWait(new ReorderCommand(new OrderId(id), actor, copy));
        ServiceTypeNames.OrderableServiceType type = serviceTypes.find(source.serviceTypeId())
                .filter(ServiceTypeNames.OrderableServiceType::active)
                .orElseThrow(() -> new CatworkException(OrderErrorCode.REORDER_NOT_ALLOWED,
                        "the order's service type is no longer offered"));
        Instant now = clock.instant();
        commands.sendAndWait(new PlaceOrderCommand(copy, actor.id(), source.serviceTypeId(), type.durationMinutes(),
                request.scheduledAt().toInstant(), source.address(), source.description(), now,
                now.plus(properties.minLeadTime()), now.plus(properties.maxLeadTime()), properties.checkInGrace(),
                new OrderId(id)));
        return ResponseEntity.created(URI.create("/api/orders/" + copy)).body(new IdView(copy.value()));
    }

    /**
     * The assigned worker checks in with a photo (multipart part {@code photo}); the photo commits with it. Whether
     * the caller is the order's assigned worker, and whether the photo is a JPEG or PNG, is checked before the rest of
     * it is read; it is read before the transaction begins, so a slow upload holds no database connection.
     */
    @Access(Role.WORKER)
    @Operation(summary = "Check in at an order with a photo")
    @PostMapping(path = "/{id}/check-in", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> checkIn(Actor actor, @PathVariable UUID id, HttpServletRequest request) {
        assignments.requireAssignedWorker(new OrderId(id), actor);
        PhotoUploads.Upload photo = photoUploads.read(request);
        transactions.executeWithoutResult(status -> {
            Photos.StoredPhoto stored = photoUploads.store(photo);
            commands.sendAndWait(new CheckInCommand(new OrderId(id), actor, stored.id(), stored.sha256(),
                    clock.instant()));
        });
        return ResponseEntity.ok().build();
    }

    /** The worker in progress uploads the signed report (multipart part {@code photo}): the order is done. */
    @Access(Role.WORKER)
    @Operation(summary = "Finish an order with a photo of the signed report")
    @PostMapping(path = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> report(Actor actor, @PathVariable UUID id, HttpServletRequest request) {
        assignments.requireAssignedWorker(new OrderId(id), actor);
        PhotoUploads.Upload photo = photoUploads.read(request);
        transactions.executeWithoutResult(status -> {
            Photos.StoredPhoto stored = photoUploads.store(photo);
            commands.sendAndWait(new SubmitReportCommand(new OrderId(id), actor, stored.id(), stored.sha256(),
                    clock.instant()));
        });
        return ResponseEntity.ok().build();
    }

    @Access({Role.CLIENT, Role.MANAGER})
    @Operation(summary = "Cancel an order")
    @PostMapping("/{id}/cancel")
    ResponseEntity<Void> cancel(Actor actor, @PathVariable UUID id,
                                @Valid @RequestBody(required = false) CancelOrderRequest request) {
        String reason = request == null ? null : request.reason();
        commands.sendAndWait(new CancelOrderCommand(new OrderId(id), actor, reason, clock.instant()));
        return ResponseEntity.ok().build();
    }
}
