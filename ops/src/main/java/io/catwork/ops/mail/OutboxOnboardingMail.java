package io.catwork.ops.mail;

import io.catwork.accounts.command.OnboardingMail;
import io.catwork.notifications.query.DirectMail;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Wires the accounts module's onboarding emails to the notifications outbox. */
@Component
class OutboxOnboardingMail implements OnboardingMail {
    private final DirectMail mail;

    OutboxOnboardingMail(DirectMail mail) {
        this.mail = mail;
    }

    @Override
    public void queue(String eventId, String recipient, String template, Map<String, Object> variables) {
        mail.queue(eventId, recipient, template, variables);
    }
}
