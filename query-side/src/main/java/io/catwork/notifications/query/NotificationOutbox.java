package io.catwork.notifications.query;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Queues emails. Called by the notification handlers inside their event's unit of work, so the outbox row commits
 * with the processor's token: the email is queued once, or (on a rollback) queued again with the same id.
 */
@Component
class NotificationOutbox {
    private final NotificationRepository notifications;
    private final MailTemplates templates;
    private final Clock clock;

    NotificationOutbox(NotificationRepository notifications, MailTemplates templates, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
    }

    /** Queues {@code template} to {@code recipient} because of event {@code eventId}, unless it is queued already. */
    UUID enqueue(String eventId, String recipient, String template, Map<String, Object> variables) {
        UUID id = Notification.idFor(eventId, recipient, template);
        if (!notifications.existsById(id)) {
            MailTemplates.Rendered rendered = templates.render(template, variables);
            notifications.save(new Notification(id, eventId, recipient, template, rendered.subject(),
                    rendered.body(), clock.instant()));
        }
        return id;
    }
}
