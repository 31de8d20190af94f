package io.catwork.notifications.query;

import jakarta.persistence.EntityManager;
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
    private final EntityManager entities;
    private final MailTemplates templates;
    private final Clock clock;

    NotificationOutbox(EntityManager entities, MailTemplates templates, Clock clock) {
        this.entities = entities;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Queues {@code template} to {@code recipient} because of event {@code eventId}, unless it is queued already.
     * A lookup by id and a plain insert: no query that would flush the batch's earlier rows first, and no merge
     * that would read the new row before inserting it.
     */
    UUID enqueue(String eventId, String recipient, String template, Map<String, Object> variables) {
        return enqueue(eventId, recipient, template, variables, null);
    }

    /**
     * As {@link #enqueue(String, String, String, Map)}, for an email that carries a one-time secret: its variables
     * hold {@link MailSecrets#PLACEHOLDER} where the secret goes, and {@code secretRef} says which secret
     * {@link MailSecrets} issues when the email is sent.
     */
    UUID enqueue(String eventId, String recipient, String template, Map<String, Object> variables,
                 String secretRef) {
        UUID id = Notification.idFor(eventId, recipient, template);
        if (entities.find(Notification.class, id) == null) {
            MailTemplates.Rendered rendered = templates.render(template, variables);
            entities.persist(new Notification(id, eventId, recipient, template, rendered.subject(),
                    rendered.body(), clock.instant(), secretRef));
        }
        return id;
    }
}
