package io.catwork.ops.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.rate-limit.*}: limits of the public endpoints that cost the most: logins and sign-ups (below), and
 * {@code POST /api/applications}: {@code applications.perAddress}
 * submissions per client address per minute, {@code applications.global} submissions per second in all;
 * {@code trustedProxies}: addresses or CIDR ranges whose {@code X-Forwarded-For} is believed. The bucket of each
 * address lives in a cache of at most {@code addressCacheSize} entries, each dropped {@code addressCacheTtl} after its
 * last use, so a flood of random addresses cannot exhaust memory. A body above {@code applications.maxBodyBytes} is
 * refused before it is read.
 */
@ConfigurationProperties("catwork.rate-limit")
public record RateLimitProperties(@DefaultValue Applications applications,
                                  @DefaultValue Logins logins,
                                  @DefaultValue Signups signups,
                                  @DefaultValue List<String> trustedProxies,
                                  @DefaultValue("100000") long addressCacheSize,
                                  @DefaultValue("PT10M") Duration addressCacheTtl) {

    public record Applications(@DefaultValue("5") long perAddress, @DefaultValue("50") long global,
                               @DefaultValue("16384") long maxBodyBytes) {
    }

    /**
     * {@code POST /api/auth/token}: {@code failuresPerEmail} failed logins per email per {@code failureWindow}
     * (refilled evenly), then that email's logins are refused until one is back; {@code perAddress} logins per client
     * address per minute, generous since a whole office may sit behind one address.
     */
    public record Logins(@DefaultValue("10") long failuresPerEmail, @DefaultValue("PT15M") Duration failureWindow,
                         @DefaultValue("60") long perAddress) {
    }

    /** {@code POST /api/clients}: sign-ups per client address per minute. */
    public record Signups(@DefaultValue("20") long perAddress) {
    }
}
