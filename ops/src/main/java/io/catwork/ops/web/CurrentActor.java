package io.catwork.ops.web;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: from the bearer token on the API, from the signed-in session in the console; an account and its
 * role, or ANONYMOUS on public endpoints.
 */
public final class CurrentActor {
    public static final String ROLE_CLAIM = "role";

    /** The principal of a console session: the account that signed in with its password. */
    public interface SignedIn {
        Actor actor();
    }

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return signedIn.actor();
        }
        return Actor.ANONYMOUS;
    }

    static Actor fromJwt(Jwt jwt) {
        return new Actor(AccountId.of(jwt.getSubject()), Role.valueOf(jwt.getClaimAsString(ROLE_CLAIM)));
    }
}
