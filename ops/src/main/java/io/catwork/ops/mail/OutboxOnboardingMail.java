package io.catwork.ops.mail;

import io.catwork.accounts.command.ActivationTokens;
import io.catwork.accounts.command.OnboardingMail;
import io.catwork.common.api.AccountId;
import io.catwork.notifications.query.DirectMail;
import io.catwork.notifications.query.MailSecrets;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Wires the accounts module's activation emails to the notifications outbox: the email is queued with a reference
 * ({@code activation:<account id>}) where the token goes, and the token is issued by the accounts module only when the
 * email is sent.
 */
@Component
class OutboxOnboardingMail implements OnboardingMail, MailSecrets {
    private static final String ACTIVATION = "activation:";

    private final DirectMail mail;
    private final ActivationTokens tokens;

    OutboxOnboardingMail(DirectMail mail, ActivationTokens tokens) {
        this.mail = mail;
        this.tokens = tokens;
    }

    @Override
    public void queueActivation(String eventId, String recipient, String template, Map<String, Object> variables,
                                String tokenVariable, AccountId account) {
        mail.queueWithSecret(eventId, recipient, template, variables, tokenVariable, ACTIVATION + account.value());
    }

    @Override
    public String issue(String secretRef) {
        if (!secretRef.startsWith(ACTIVATION)) {
            throw new IllegalArgumentException("no such kind of secret: " + secretRef);
        }
        return tokens.issue(UUID.fromString(secretRef.substring(ACTIVATION.length())));
    }
}
