package io.catwork.accounts.command;

import java.util.Map;

/**
 * Queues an email that carries what no event may carry (a worker's one-time activation token) through the
 * notifications outbox, in the transaction of the event it reacts to, once per event and recipient.
 */
public interface OnboardingMail {

    void queue(String eventId, String recipient, String template, Map<String, Object> variables);
}
