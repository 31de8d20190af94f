package io.catwork.supplies.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.supplier.*}: the cookie supplier (INTEGRATIONS.md). Without {@code baseUrl} the built-in sandbox
 * takes the orders. A cookie order is tried {@code maxAttempts} times, {@code initialBackoff} apart at first and twice
 * as long after each failure, before the kit is flagged.
 */
@ConfigurationProperties("catwork.supplier")
public record SupplierProperties(String baseUrl, String webhookSecret,
                                 @DefaultValue("PT2S") Duration connectTimeout,
                                 @DefaultValue("PT5S") Duration readTimeout,
                                 @DefaultValue("6") int maxAttempts,
                                 @DefaultValue("PT5S") Duration initialBackoff,
                                 @DefaultValue("PT20S") Duration sandboxDelay) {

    boolean sandbox() {
        return baseUrl == null || baseUrl.isBlank();
    }
}
