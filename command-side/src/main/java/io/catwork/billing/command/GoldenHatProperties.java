package io.catwork.billing.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.golden-hat.*}: the payout service (INTEGRATIONS.md). Without {@code baseUrl} the built-in sandbox
 * pays. A payout Golden Hat could not be reached for is sent again with the same Idempotency-Key,
 * {@code initialBackoff} apart at first, doubling up to {@code maxBackoff}, for as long as it takes; a payout still
 * PENDING after {@code pollAfter} is asked about.
 */
@ConfigurationProperties("catwork.golden-hat")
public record GoldenHatProperties(String baseUrl, String apiKey, String webhookSecret,
                                  @DefaultValue("PT10M") Duration pollAfter,
                                  @DefaultValue("PT2S") Duration connectTimeout,
                                  @DefaultValue("PT5S") Duration readTimeout,
                                  @DefaultValue("PT10S") Duration initialBackoff,
                                  @DefaultValue("PT1H") Duration maxBackoff,
                                  @DefaultValue("PT5S") Duration sandboxDelay) {

    boolean sandbox() {
        return baseUrl == null || baseUrl.isBlank();
    }
}
