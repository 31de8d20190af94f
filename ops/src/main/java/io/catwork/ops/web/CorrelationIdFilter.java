package io.catwork.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets a correlation id: the caller's {@code X-Request-Id} when it is a sane token, a fresh UUID
 * otherwise. It is echoed back, logged (MDC {@code correlationId}) and put on every command the request sends.
 * Runs before security, so 401 and 403 answers carry it too.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    /** The caller's X-Request-Id if it is a sane token, else null. */
    public static String sane(String requestId) {
        return requestId != null && SANE.matcher(requestId).matches() ? requestId : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = sane(request.getHeader(HEADER));
        String correlationId = given != null ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, correlationId);
        RequestMetadata.bindCorrelationId(correlationId);
        MDC.put(RequestMetadata.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestMetadata.CORRELATION_ID);
            RequestMetadata.clear();
        }
    }
}
