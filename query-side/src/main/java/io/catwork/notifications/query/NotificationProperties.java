package io.catwork.notifications.query;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.notifications.*}: the language of the emails (Russian, the company's, by default), the sender
 * address, and how delivery retries a temporary failure (a 4xx, the server down or slow): for {@code retryFor} from
 * when the email was queued, waiting {@code initialBackoff} after the first failure and twice as long after each
 * further one, at most {@code maxBackoff}. A permanent refusal (a 5xx for the email) is not retried.
 *
 * @param locale         language of the emails (templates in mail/LANGUAGE/; ru and en exist, a missing one falls back
 *                       to ru)
 * @param from           sender of every email
 * @param retryFor       how long a temporary delivery failure (a 4xx, the server down or slow) is retried before the
 *                       email is FAILED
 * @param initialBackoff wait after the first failed delivery attempt, doubled after each further one
 * @param maxBackoff     the longest wait between two delivery attempts
 * @param batchSize      emails sent per round
 * @param pollInterval   pause between two rounds of sending
 */
@ConfigurationProperties("catwork.notifications")
public record NotificationProperties(@DefaultValue("ru") Locale locale,
                                     @DefaultValue("Catwork <noreply@catwork.local>") String from,
                                     @DefaultValue("P1D") Duration retryFor,
                                     @DefaultValue("PT5S") Duration initialBackoff,
                                     @DefaultValue("PT10M") Duration maxBackoff,
                                     @DefaultValue("50") int batchSize,
                                     @DefaultValue("PT1S") Duration pollInterval) {

    /** How long to wait after the {@code attempts}-th failed attempt. */
    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
