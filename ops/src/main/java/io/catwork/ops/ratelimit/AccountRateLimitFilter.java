package io.catwork.ops.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catwork.accounts.api.EmailAddresses;
import io.catwork.ops.web.ConsoleResponses;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds online password guessing and bcrypt floods before any password is hashed: logins
 * ({@code POST /api/auth/token} and the console's {@code POST /console/login}) per client address and failed logins per email, sign-ups ({@code POST /api/clients})
 * per client address. A refusal is a pre-rendered 429 with {@code Retry-After}. Failures of one email never slow a
 * login with another: each email has its own failure bucket, spent only by a 401 for that email.
 */
public class AccountRateLimitFilter extends OncePerRequestFilter {
    static final String LOGIN = "/api/auth/token";
    /** The console's login form: the same limits, the email from the form. */
    static final String CONSOLE_LOGIN = "/console/login";
    private static final int MAX_EMAIL = 320;
    static final String SIGN_UP = "/api/clients";

    private final RateLimitProperties.Logins logins;
    private final RateLimitProperties.Signups signups;
    private final ClientAddress clientAddress;
    private final Cache<String, Bucket> loginsByAddress;
    private final Cache<String, Bucket> failuresByEmail;
    private final Cache<String, Bucket> signupsByAddress;
    private final byte[] tooManyLogins;
    private final byte[] tooManyFailures;
    private final byte[] tooManySignups;
    private final Counter refusedLogins;
    private final Counter refusedSignups;

    public AccountRateLimitFilter(RateLimitProperties properties, ObjectMapper mapper, MeterRegistry meters) {
        this.logins = properties.logins();
        this.signups = properties.signups();
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.loginsByAddress = cache(properties.addressCacheSize(), properties.addressCacheTtl());
        this.signupsByAddress = cache(properties.addressCacheSize(), properties.addressCacheTtl());
        this.failuresByEmail = cache(properties.addressCacheSize(), logins.failureWindow().multipliedBy(2));
        this.tooManyLogins = TooMany.render(mapper, "too many logins from this address");
        this.tooManyFailures = TooMany.render(mapper, "too many failed logins for this email");
        this.tooManySignups = TooMany.render(mapper, "too many sign-ups from this address");
        this.refusedLogins = Counter.builder("catwork.logins.refused").register(meters);
        this.refusedSignups = Counter.builder("catwork.signups.refused").register(meters);
    }

    private static Cache<String, Bucket> cache(long size, Duration idle) {
        return Caffeine.newBuilder().maximumSize(size).expireAfterAccess(idle).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.isPost(request, LOGIN) && !RequestPaths.isPost(request, SIGN_UP)
                && !RequestPaths.isPost(request, CONSOLE_LOGIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = clientAddress.of(request);
        if (RequestPaths.isPost(request, SIGN_UP)) {
            ConsumptionProbe probe = signupsByAddress.get(address, key -> perMinute(signups.perAddress()))
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                refusedSignups.increment();
                TooMany.write(request, response, tooManySignups, probe);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = loginsByAddress.get(address, key -> perMinute(logins.perAddress()))
                .tryConsumeAndReturnRemaining(1);
        boolean console = RequestPaths.isPost(request, CONSOLE_LOGIN);
        if (!probe.isConsumed()) {
            refusedLogins.increment();
            TooMany.write(request, response, console ? null : tooManyLogins, probe);
            return;
        }
        Optional<String> email = console ? formUser(request) : basicUser(request);
        Bucket failures = email.map(key -> failuresByEmail.get(key, any -> failureBucket())).orElse(null);
        // a login spends a failure token before it runs and gets it back unless it fails: strict even when many
        // guesses arrive at once
        ConsumptionProbe failure = failures == null ? null : failures.tryConsumeAndReturnRemaining(1);
        if (failure != null && !failure.isConsumed()) {
            refusedLogins.increment();
            TooMany.write(request, response, console ? null : tooManyFailures, failure);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            boolean failed = console ? ConsoleResponses.loginFailed(request)
                    : response.getStatus() == HttpStatus.UNAUTHORIZED.value();
            if (failures != null && !failed) {
                failures.addTokens(1);
            }
        }
    }

    private Bucket perMinute(long limit) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit)
                .refillGreedy(limit, Duration.ofMinutes(1)).build()).build();
    }

    private Bucket failureBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(logins.failuresPerEmail())
                .refillGreedy(logins.failuresPerEmail(), logins.failureWindow()).build()).build();
    }

    /**
     * The email of the console's login form, keyed exactly as the login will look the account up (Spring Security
     * trims the form's value, the account lookup normalizes it), so no padding makes another bucket. Every email longer
     * than any account's shares one bucket, and so does every login without one (each still costs a password check).
     */
    static Optional<String> formUser(HttpServletRequest request) {
        String email = request.getParameter("email");
        String key = EmailAddresses.normalize(email == null ? "" : email.trim());
        return Optional.of(key.length() > MAX_EMAIL ? "(longer than " + MAX_EMAIL + ")" : key);
    }

    /**
     * The email of an HTTP Basic header, normalized exactly as the login normalizes it (so padding or case cannot make
     * another bucket); empty when there is none that decodes, and then the login fails without a password check.
     */
    static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.substring(0, 6).toLowerCase(Locale.ROOT)
                .equals("basic ")) {
            return Optional.empty(); // (its size is bounded by the server's header limit)
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(EmailAddresses.normalize(pair.substring(0, colon)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
