package io.catwork.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.common.api.Access;
import io.catwork.common.api.Role;
import io.catwork.ops.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authorizes every request by the {@link Access} its module declared on the endpoint. A request that reaches no
 * declared endpoint (an unknown path, a method nobody declared, HEAD or OPTIONS where nobody declared GET) is refused
 * with 403 before anything else, signed in or not; the few infrastructure paths (health, OpenAPI, metrics, the error
 * page) are ops' own and are matched by {@code infrastructure}.
 */
final class DeclaredAccess extends OncePerRequestFilter implements AuthorizationManager<RequestAuthorizationContext> {
    private final DeclaredEndpoints endpoints;
    private final List<RequestMatcher> infrastructure;
    private final ObjectMapper mapper;

    DeclaredAccess(DeclaredEndpoints endpoints, List<RequestMatcher> infrastructure, ObjectMapper mapper) {
        this.endpoints = endpoints;
        this.infrastructure = infrastructure;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isInfrastructure(request) || endpoints.accessOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, mapper, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "no such endpoint for this method"));
    }

    private boolean isInfrastructure(HttpServletRequest request) {
        return infrastructure.stream().anyMatch(matcher -> matcher.matches(request));
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Optional<Access> declared = endpoints.accessOf(context.getRequest());
        if (declared.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        Access access = declared.get();
        if (access.open()) {
            return new AuthorizationDecision(true);
        }
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        if (access.anyAccount()) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(Arrays.stream(access.value()).map(Role::name).map(role -> "ROLE_" + role)
                .anyMatch(role -> caller.getAuthorities().stream()
                        .anyMatch(authority -> role.equals(authority.getAuthority()))));
    }
}
