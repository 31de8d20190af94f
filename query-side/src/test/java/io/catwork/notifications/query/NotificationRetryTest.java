package io.catwork.notifications.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.notifications.api.NotificationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A permanent refusal fails an email at once; a temporary one is retried for a period, not a count. */
class NotificationRetryTest {
    static final Instant QUEUED = Instant.parse("2026-11-29T10:00:00Z");
    static final NotificationProperties PROPERTIES = new NotificationProperties(Locale.ENGLISH, "noreply@x",
            Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofMinutes(10), 50, Duration.ofSeconds(1));

    private static Notification queued() {
        return new Notification(UUID.randomUUID(), "event", "cat@example.com", "client-welcome", "s", "b", QUEUED);
    }

    @Test
    void aPermanentRefusalFailsAtOnce() {
        Notification email = queued();
        email.failed("550 no such user", true, QUEUED.plusSeconds(1), PROPERTIES);
        assertThat(email.status()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void aTemporaryFailureIsRetriedUntilTheRetryPeriodEnds() {
        Notification email = queued();
        Instant at = QUEUED;
        for (int attempt = 0; attempt < 200; attempt++) {
            at = at.plus(Duration.ofMinutes(10));
            email.failed("450 busy", false, at, PROPERTIES);
            if (email.status() == NotificationStatus.FAILED) {
                break;
            }
        }
        assertThat(email.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(at).isAfter(QUEUED.plus(Duration.ofHours(23))).isBefore(QUEUED.plus(Duration.ofHours(25)));
    }

    @Test
    void aResendStartsTheRetryPeriodAgain() {
        Notification email = queued();
        email.failed("550 no such user", true, QUEUED, PROPERTIES);
        Instant later = QUEUED.plus(Duration.ofDays(3));
        email.resend(later);
        email.failed("450 busy", false, later.plusSeconds(1), PROPERTIES);
        assertThat(email.status()).isEqualTo(NotificationStatus.PENDING);
    }
}
