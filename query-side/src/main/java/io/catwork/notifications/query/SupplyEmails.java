package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import io.catwork.supplies.api.CookieOrderFailedEvent;
import io.catwork.supplies.api.SupplyKitOpenedEvent;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/** Every assembler hears of each new kit to assemble, and of each kit whose cookie could not be ordered. */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class SupplyEmails {
    static final String KIT_OPENED = "kit-opened";
    static final String KIT_FLAGGED = "kit-flagged";

    private final RecipientRepository recipients;
    private final NotificationOutbox outbox;
    private final MailTemplates templates;

    SupplyEmails(RecipientRepository recipients, NotificationOutbox outbox, MailTemplates templates) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.templates = templates;
    }

    /** The supplier would not take the cookie order: assemblers must get a cookie some other way. */
    @EventHandler
    void on(CookieOrderFailedEvent event, @MessageIdentifier String eventId) {
        for (Recipient assembler : recipients.findAllByRole(Role.ASSEMBLER)) {
            outbox.enqueue(eventId, assembler.email(), KIT_FLAGGED, Map.of("name", assembler.name(),
                    "orderId", event.orderId().toString(), "kitId", event.kitId().toString(),
                    "reason", event.reason()));
        }
    }

    @EventHandler
    void on(SupplyKitOpenedEvent event, @MessageIdentifier String eventId) {
        for (Recipient assembler : recipients.findAllByRole(Role.ASSEMBLER)) {
            outbox.enqueue(eventId, assembler.email(), KIT_OPENED, Map.of("name", assembler.name(),
                    "orderId", event.orderId().toString(), "kitId", event.kitId().toString(),
                    "deliverBy", templates.time(event.deliverBy()), "zone", templates.zone().getId()));
        }
    }
}
