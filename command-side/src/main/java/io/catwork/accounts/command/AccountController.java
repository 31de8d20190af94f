package io.catwork.accounts.command;

import io.catwork.common.api.Access;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.IdView;
import io.catwork.common.api.InputBounds;
import io.catwork.common.api.MaxUtf8Bytes;
import io.catwork.common.api.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Client sign-up (public) and staff creation (managers). */
@RestController
class AccountController {
    private final AccountRegistration accounts;

    AccountController(AccountRegistration accounts) {
        this.accounts = accounts;
    }

    record ClientSignUpRequest(@NotBlank @Size(max = 200) String name,
                               @NotBlank @Email @Size(max = 254) String email,
                               @NotNull @Size(min = 8, max = 72) @MaxUtf8Bytes(72) String password,
                               @NotBlank @Pattern(regexp = InputBounds.PHONE_PATTERN) String phone,
                               @NotBlank @Size(max = 500) String address) {
    }

    enum StaffRole { MANAGER, ASSEMBLER }

    record StaffRequest(@NotBlank @Size(max = 200) String name,
                        @NotBlank @Email @Size(max = 254) String email,
                        @NotNull @Size(min = 8, max = 72) @MaxUtf8Bytes(72) String password,
                        @NotNull StaffRole role) {
    }

    @Access(open = true)
    @Operation(summary = "Sign up as a client")
    @PostMapping("/api/clients")
    ResponseEntity<IdView> signUp(@Valid @RequestBody ClientSignUpRequest request) {
        AccountId id = accounts.register(new AccountRegistration.NewAccount(Role.CLIENT, request.name(),
                request.email(),
                request.password(), request.phone().strip(), request.address().strip()));
        return ResponseEntity.created(URI.create("/api/clients/" + id)).body(new IdView(id.value()));
    }

    @Access(Role.MANAGER)
    @Operation(summary = "Create a manager or assembler account")
    @PostMapping("/api/staff")
    ResponseEntity<IdView> createStaff(@Valid @RequestBody StaffRequest request) {
        AccountId id = accounts.register(new AccountRegistration.NewAccount(Role.valueOf(request.role().name()),
                request.name(), request.email(), request.password(), null, null));
        return ResponseEntity.created(URI.create("/api/staff/" + id)).body(new IdView(id.value()));
    }
}
