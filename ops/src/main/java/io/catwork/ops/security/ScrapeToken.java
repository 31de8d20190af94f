package io.catwork.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A {@code GET /actuator/prometheus} that carries {@code Authorization: Bearer <catwork.metrics.scrape-token>}: the
 * long-lived credential of a Prometheus server, which opens that one endpoint and nothing else. The token is compared
 * in constant time (both sides hashed first, so not even its length shows). Without a configured token nothing
 * matches, and every other request, this endpoint with any other header included, goes to the API's chain (a
 * manager's bearer token).
 */
final class ScrapeToken implements RequestMatcher {
    static final String PATH = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final RequestMatcher endpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATH);
    private final byte[] expected;

    /** @param token the configured scrape token, or null when none is */
    ScrapeToken(String token) {
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    boolean configured() {
        return expected != null;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (expected == null || !endpoint.matches(request)) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(BEARER.length())));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
