package io.catwork.ops.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.ops.web.ConsoleResponses;
import io.catwork.ops.web.CorrelationIdFilter;
import io.catwork.ops.web.Problems;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The 429 of every rate limit: pre-rendered, with {@code Retry-After}, no correlation id minted. */
final class TooMany {
    private TooMany() {
    }

    static byte[] render(ObjectMapper mapper, String what) {
        try {
            return mapper.writeValueAsBytes(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    what + "; try again after the number of seconds in Retry-After"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, ConsumptionProbe probe)
            throws IOException {
        write(request, response, body, probe.getNanosToWaitForRefill());
    }

    /** {@code body}: the pre-rendered problem, or null for the console's HTML page. */
    static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, long nanosToWait)
            throws IOException {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999L));
        String requestId = CorrelationIdFilter.sane(request.getHeader(CorrelationIdFilter.HEADER));
        if (requestId != null) {
            response.setHeader(CorrelationIdFilter.HEADER, requestId);
        }
        response.setHeader("Retry-After", Long.toString(seconds));
        if (body == null) { // the console's login form: a page for the browser
            ConsoleResponses.writeErrorPage(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too Many Requests",
                    "Too many sign-ins from here or for this email. Try again in " + seconds + " seconds.");
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
