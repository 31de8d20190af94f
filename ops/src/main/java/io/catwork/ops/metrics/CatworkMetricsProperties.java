package io.catwork.ops.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.metrics.*}: {@code scrape-token}, a long-lived bearer token that opens
 * {@code GET /actuator/prometheus} and nothing else (unset: only a manager's bearer token does);
 * {@code gauge-refresh}, how old the values of the database gauges (emails, payouts, dead letters, processor lag) may
 * be when they are scraped.
 *
 * @param scrapeToken  a long-lived bearer token (at least 16 characters) that opens GET /actuator/prometheus and
 *                     nothing else; unset: only a manager's bearer token does
 * @param gaugeRefresh how old the values of the database gauges (emails, payouts, dead letters, processor lag) may be
 *                     when they are scraped
 */
@ConfigurationProperties("catwork.metrics")
public record CatworkMetricsProperties(String scrapeToken, @DefaultValue("PT5S") Duration gaugeRefresh) {
    /** The shortest scrape token accepted: a guessable one would open the metrics to anyone. */
    public static final int MIN_SCRAPE_TOKEN_LENGTH = 16;

    public CatworkMetricsProperties {
        if (scrapeToken != null && scrapeToken.isBlank()) {
            scrapeToken = null;
        }
        if (scrapeToken != null && scrapeToken.length() < MIN_SCRAPE_TOKEN_LENGTH) {
            throw new IllegalArgumentException("catwork.metrics.scrape-token must be at least "
                    + MIN_SCRAPE_TOKEN_LENGTH + " characters (for instance 32 random bytes in base64)");
        }
        if (gaugeRefresh == null || gaugeRefresh.isNegative()) {
            gaugeRefresh = Duration.ofSeconds(5);
        }
    }
}
