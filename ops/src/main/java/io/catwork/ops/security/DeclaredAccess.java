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
 * page) are ops' own and are matched by {@code infrastructure}. It also bounds every body before it is read: an open
 * endpoint's to its declared {@link Access#maxBodyBytes()} (a chunked one refused where a length is required), any
 * other JSON body to 1 MiB; a declared length above the limit is a 413 unread, an undeclared one is cut off there.
 */
final class DeclaredAccess extends OncePerRequestFilter implements AuthorizationManager<RequestAuthorizationContext> {
    /** The largest JSON body of an endpoint that needs an account. */
    static final long ACCOUNT_BODY_LIMIT = 1024 * 1024;
    /** The largest photo upload: a 10 MiB photo and its multipart framing. */
    static final long MULTIPART_LIMIT = 11L * 1024 * 1024;

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
        if (isInfrastructure(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DeclaredEndpoints.Endpoint> endpoint = endpoints.endpointOf(request);
        if (endpoint.isEmpty()) {
            Problems.write(response, mapper, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "no such endpoint for this method"));
            return;
        }
        Access access = endpoint.get().access();
        long length = request.getContentLengthLong();
        if (endpoint.get().multipart()) {
            if (length > MULTIPART_LIMIT) {
                Problems.write(response, mapper, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                        "a photo may be at most 10 MiB"));
                return;
            }
            // photos: read from the stream, at most 10 MiB (PhotoUploads), the whole upload at most 11 MiB
            chain.doFilter(length < 0 ? new LimitedBody(request, MULTIPART_LIMIT) : request, response);
            if (response.getStatus() >= 400 && !response.isCommitted()) {
                // refused before the photo was read: answer now, not after the container has drained the upload
                response.setHeader("Connection", "close");
                response.flushBuffer();
            }
            return;
        }
        long limit = access.open() ? access.maxBodyBytes() : ACCOUNT_BODY_LIMIT;
        if (length > limit) {
            Problems.write(response, mapper, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                    "the request body may be at most " + limit + " bytes"));
            return;
        }
        if (length < 0 && access.open() && access.lengthRequired() && hasBody(request)) {
            Problems.write(response, mapper, Problems.of(HttpStatus.LENGTH_REQUIRED, "length-required",
                    "the request must state its Content-Length"));
            return;
        }
        chain.doFilter(length < 0 ? new LimitedBody(request, limit) : request, response);
    }

    /** Whether the request says it has a body of unknown length (chunked). */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
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
