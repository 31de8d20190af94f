package io.catwork.accounts.command;

import io.catwork.common.api.AccountId;
import java.util.Map;

/**
 * Queues a worker's activation email through the notifications outbox, in the transaction of the event it reacts to,
 * once per event and recipient. The one-time token is not part of it: it is issued for {@code account} when the email
 * is sent ({@link ActivationTokens#issue}), so no outbox row holds a usable token and a resend carries a fresh one.
 */
public interface OnboardingMail {

    void queueActivation(String eventId, String recipient, String template, Map<String, Object> variables,
                         String tokenVariable, AccountId account);
}
