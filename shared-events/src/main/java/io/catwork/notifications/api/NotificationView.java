package io.catwork.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** One email as managers see it. {@code sentAt} is the last time the mail server accepted it. */
public record NotificationView(UUID id, String to, String subject, String template, NotificationStatus status,
                               int attempts, Instant createdAt, Instant sentAt, String lastError) {
}
