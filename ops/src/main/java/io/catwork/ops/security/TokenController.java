package io.catwork.ops.security;

import io.catwork.common.api.Access;
import io.catwork.ops.web.ApiDocsConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/token} with HTTP Basic: bcrypt runs here, once per login; every other call uses the token. It
 * lives in ops but belongs to the accounts module in the API documentation.
 */
@RestController
@Tag(name = "accounts")
class TokenController {
    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    record TokenView(String token, Instant expiresAt) {
    }

    @Access(anyAccount = true)
    @Operation(summary = "Log in with HTTP Basic and get a bearer token")
    @SecurityRequirement(name = ApiDocsConfiguration.BASIC)
    @PostMapping("/api/auth/token")
    TokenView token(@AuthenticationPrincipal AccountUserDetails user) {
        TokenService.IssuedToken issued = tokens.issue(user.accountId(), user.role(), user.getUsername());
        return new TokenView(issued.token(), issued.expiresAt());
    }
}
