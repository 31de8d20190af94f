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
 *
 * @param applications     the limits of POST /api/applications
 * @param logins           the limits of logins, POST /api/auth/token
 * @param signups          the limits of client sign-ups, POST /api/clients
 * @param trustedProxies   addresses or CIDR ranges whose X-Forwarded-For is believed; none by default
 * @param addressCacheSize at most this many client address buckets are kept in memory
 * @param addressCacheTtl  an address bucket is dropped this long after its last use
 */
@ConfigurationProperties("catwork.rate-limit")
public record RateLimitProperties(@DefaultValue Applications applications,
                                  @DefaultValue Logins logins,
                                  @DefaultValue Signups signups,
                                  @DefaultValue List<String> trustedProxies,
                                  @DefaultValue("100000") long addressCacheSize,
                                  @DefaultValue("PT10M") Duration addressCacheTtl) {

    /**
     * {@code POST /api/applications}.
     *
     * @param perAddress   application submissions per client address per minute
     * @param global       application submissions per second, all addresses together
     * @param maxBodyBytes the largest application body; a larger one, or one without Content-Length, is refused
     *                     unread (413 or 411)
     */
    public record Applications(@DefaultValue("5") long perAddress, @DefaultValue("50") long global,
                               @DefaultValue("16384") long maxBodyBytes) {
    }

    /**
     * {@code POST /api/auth/token}: {@code failuresPerEmail} failed logins per email per {@code failureWindow}
     * (refilled evenly), then that email's logins are refused until one is back; {@code perAddress} logins per client
     * address per minute, generous since a whole office may sit behind one address.
     *
     * @param failuresPerEmail failed logins per email in the failure window (refilled evenly); then that email's
     *                         logins are refused with 429 until one is back
     * @param failureWindow    the window of the failed logins per email
     * @param perAddress       logins per client address per minute
     */
    public record Logins(@DefaultValue("10") long failuresPerEmail, @DefaultValue("PT15M") Duration failureWindow,
                         @DefaultValue("60") long perAddress) {
    }

    /**
     * {@code POST /api/clients}: sign-ups per client address per minute.
     *
     * @param perAddress client sign-ups per client address per minute
     */
    public record Signups(@DefaultValue("20") long perAddress) {
    }
}
