package io.catwork.accounts.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.MaxUtf8Bytes;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/auth/password}: a worker sets its password with the emailed one-time token (public). */
@RestController
class ActivationController {
    private final ActivationTokens activation;

    ActivationController(ActivationTokens activation) {
        this.activation = activation;
    }

    record PasswordRequest(@NotBlank @Size(max = 200) String activationToken,
                           @NotNull @Size(min = 8, max = 72) @MaxUtf8Bytes(72) String password) {
    }

    @Access(open = true)
    @Operation(summary = "Set a hired worker's password with the emailed activation token")
    @PostMapping("/api/auth/password")
    ResponseEntity<Void> setPassword(@Valid @RequestBody PasswordRequest request) {
        activation.setPassword(request.activationToken().strip(), request.password());
        return ResponseEntity.noContent().build();
    }
}
