package io.catwork.notifications.query;

import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.common.api.Role;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/** Keeps the directory of recipients, and welcomes new clients. */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class AccountEmails {
    static final String CLIENT_WELCOME = "client-welcome";

    private final RecipientRepository recipients;
    private final NotificationOutbox outbox;

    AccountEmails(RecipientRepository recipients, NotificationOutbox outbox) {
        this.recipients = recipients;
        this.outbox = outbox;
    }

    @EventHandler
    void on(AccountRegisteredEvent event, @MessageIdentifier String eventId) {
        recipients.save(new Recipient(event.accountId().value(), event.email(), event.name(), event.role()));
        if (event.role() == Role.CLIENT) {
            outbox.enqueue(eventId, event.email(), CLIENT_WELCOME, Map.of("name", event.name()));
        }
    }
}
