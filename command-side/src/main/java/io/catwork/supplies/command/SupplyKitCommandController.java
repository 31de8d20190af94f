package io.catwork.supplies.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.supplies.api.MarkCookieReceivedCommand;
import io.catwork.supplies.api.MarkKitPackedCommand;
import io.catwork.supplies.api.SupplyKitId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assemblers put the cookie in the kit and pack it (the ASSEMBLER rule is in ops' security configuration). */
@Access(Role.ASSEMBLER)
@RestController
@RequestMapping("/api/supply-kits/{id}")
class SupplyKitCommandController {
    static final String BY_ASSEMBLER = "ASSEMBLER";

    private final CommandGateway commands;

    SupplyKitCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(summary = "Record that a kit's cookie has arrived")
    @PostMapping("/cookie-received")
    ResponseEntity<Void> cookieReceived(@PathVariable UUID id) {
        commands.sendAndWait(new MarkCookieReceivedCommand(new SupplyKitId(id), BY_ASSEMBLER));
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "Mark a supply kit packed")
    @PostMapping("/packed")
    ResponseEntity<Void> packed(@PathVariable UUID id) {
        commands.sendAndWait(new MarkKitPackedCommand(new SupplyKitId(id)));
        return ResponseEntity.ok().build();
    }
}
