package io.catwork.ops.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catwork.ops.web.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the public {@code POST /api/applications} before anything else runs (the first servlet filter): no
 * security, no request metrics, no body parsing, no database work for a refused request. A body that is too large
 * (or of unknown length) is refused first, then the client address's token bucket, then the global one; a refusal
 * is a 429 problem with {@code Retry-After}.
 */
public class ApplicationRateLimitFilter extends OncePerRequestFilter {
    static final String PATH = "/api/applications";

    private final RateLimitProperties.Applications limits;
    private final ClientAddress clientAddress;
    private final Cache<String, Bucket> addressBuckets;
    private final Bucket global;
    private final ObjectMapper mapper;
    private final Counter accepted;
    private final Counter rejectedByAddress;
    private final Counter rejectedGlobally;
    private final Counter rejectedBySize;
    private final byte[] tooManyBody;

    public ApplicationRateLimitFilter(RateLimitProperties properties, ObjectMapper mapper, MeterRegistry meters) {
        this.limits = properties.applications();
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.addressBuckets = Caffeine.newBuilder()
                .maximumSize(properties.addressCacheSize())
                .expireAfterAccess(properties.addressCacheTtl())
                .build();
        this.global = Bucket.builder().addLimit(Bandwidth.builder().capacity(limits.global())
                .refillGreedy(limits.global(), Duration.ofSeconds(1)).build()).build();
        this.mapper = mapper;
        String name = "catwork.applications.requests";
        this.accepted = Counter.builder(name).tag("outcome", "accepted").register(meters);
        this.rejectedByAddress = Counter.builder(name).tag("outcome", "rejected_address").register(meters);
        this.rejectedGlobally = Counter.builder(name).tag("outcome", "rejected_global").register(meters);
        this.rejectedBySize = Counter.builder(name).tag("outcome", "rejected_size").register(meters);
        this.tooManyBody = TooMany.render(mapper, "too many applications");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.isPost(request, PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > limits.maxBodyBytes()) {
            rejectedBySize.increment();
            HttpStatus status = length < 0 ? HttpStatus.LENGTH_REQUIRED : HttpStatus.PAYLOAD_TOO_LARGE;
            Problems.write(response, mapper, Problems.of(status, length < 0 ? "length-required" : "too-large",
                    "an application must state its Content-Length and be at most " + limits.maxBodyBytes()
                            + " bytes"));
            return;
        }
        Bucket own = addressBuckets.get(clientAddress.of(request), address -> newAddressBucket());
        ConsumptionProbe ownProbe = own.tryConsumeAndReturnRemaining(1);
        if (!ownProbe.isConsumed()) {
            rejectedByAddress.increment();
            TooMany.write(request, response, tooManyBody, ownProbe);
            return;
        }
        ConsumptionProbe globalProbe = global.tryConsumeAndReturnRemaining(1);
        if (!globalProbe.isConsumed()) {
            own.addTokens(1); // the address did not get through: give its token back
            rejectedGlobally.increment();
            TooMany.write(request, response, tooManyBody, globalProbe);
            return;
        }
        accepted.increment();
        chain.doFilter(request, response);
    }

    private Bucket newAddressBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limits.perAddress())
                .refillGreedy(limits.perAddress(), Duration.ofMinutes(1)).build()).build();
    }

}
