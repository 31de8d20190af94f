package io.catwork.notifications.query;

import io.catwork.notifications.api.NotificationStatus;
import io.catwork.notifications.api.NotificationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One email in the outbox. Its id is derived from the event, the recipient and the template, so a redelivered event,
 * a retry or a restart can never queue a second one.
 */
@Entity
@Table(name = "notification_outbox")
class Notification {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String template;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "event_id", nullable = false)
    private String eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "pending_since", nullable = false)
    private Instant pendingSince;
    @Column(name = "secret_ref")
    private String secretRef;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "sent_count", nullable = false)
    private int sentCount;
    @Version
    private long version;

    protected Notification() {
    }

    Notification(UUID id, String eventId, String recipient, String template, String subject, String body,
                 Instant createdAt) {
        this(id, eventId, recipient, template, subject, body, createdAt, null);
    }

    /** {@code secretRef}: the one-time secret issued into the body when it is sent, or null. */
    Notification(UUID id, String eventId, String recipient, String template, String subject, String body,
                 Instant createdAt, String secretRef) {
        this.secretRef = secretRef;
        this.id = id;
        this.eventId = eventId;
        this.recipient = recipient;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
        this.pendingSince = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The deterministic id of the email that {@code template} sends to {@code recipient} because of one event. */
    static UUID idFor(String eventId, String recipient, String template) {
        String key = "notification|" + eventId + "|" + recipient + "|" + template;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    void sent(Instant at) {
        attempts++;
        sentCount++;
        status = NotificationStatus.SENT;
        sentAt = at;
        lastError = null;
    }

    /**
     * A failed attempt. A permanent refusal (an SMTP 5xx for this email, an address that cannot be parsed) is FAILED
     * at once; a temporary one is tried again with backoff until it has been pending {@code retryFor}, then FAILED.
     */
    void failed(String error, boolean permanent, Instant at, NotificationProperties properties) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        Instant next = at.plus(properties.backoffAfter(attempts));
        if (permanent || next.isAfter(pendingSince.plus(properties.retryFor()))) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** Queues one more copy: attempts and the retry period start again, the id (and so the header) stays the same. */
    void resend(Instant at) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        pendingSince = at;
        nextAttemptAt = at;
        lastError = null;
    }

    UUID id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String secretRef() {
        return secretRef;
    }

    NotificationStatus status() {
        return status;
    }

    int sentCount() {
        return sentCount;
    }

    NotificationView toView() {
        return new NotificationView(id, recipient, subject, template, status, attempts, createdAt, sentAt, lastError);
    }
}
