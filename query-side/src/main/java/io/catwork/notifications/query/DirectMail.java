package io.catwork.notifications.query;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Queues an email that carries something no event may carry (a worker's one-time activation token), for a module
 * outside notifications. The caller runs in the transaction of the event it reacts to and passes that event's id, so
 * the email is queued once.
 */
@Component
public class DirectMail {
    private final NotificationOutbox outbox;

    DirectMail(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Queues an email whose {@code secretVariable} is a one-time secret that {@link MailSecrets} issues for
     * {@code secretRef} when the email is sent: the outbox never holds it.
     */
    public UUID queueWithSecret(String eventId, String recipient, String template, Map<String, Object> variables,
                                String secretVariable, String secretRef) {
        Map<String, Object> withPlaceholder = new HashMap<>(variables);
        withPlaceholder.put(secretVariable, MailSecrets.PLACEHOLDER);
        return outbox.enqueue(eventId, recipient, template, withPlaceholder, secretRef);
    }
}
