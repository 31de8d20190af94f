package io.catwork.ops.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.rate-limit.*}: limits of the public {@code POST /api/applications}. {@code applications.perAddress}
 * submissions per client address per minute, {@code applications.global} submissions per second in all;
 * {@code trustedProxies}: addresses or CIDR ranges whose {@code X-Forwarded-For} is believed. The bucket of each
 * address lives in a cache of at most {@code addressCacheSize} entries, each dropped {@code addressCacheTtl} after its
 * last use, so a flood of random addresses cannot exhaust memory. A body above {@code applications.maxBodyBytes} is
 * refused before it is read.
 */
@ConfigurationProperties("catwork.rate-limit")
public record RateLimitProperties(@DefaultValue Applications applications,
                                  @DefaultValue List<String> trustedProxies,
                                  @DefaultValue("100000") long addressCacheSize,
                                  @DefaultValue("PT10M") Duration addressCacheTtl) {

    public record Applications(@DefaultValue("5") long perAddress, @DefaultValue("50") long global,
                               @DefaultValue("16384") long maxBodyBytes) {
    }
}
