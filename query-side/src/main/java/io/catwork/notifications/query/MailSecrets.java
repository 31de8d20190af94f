package io.catwork.notifications.query;

/**
 * Issues the one-time secret an email carries (a worker's activation token) at the moment it is sent, so the outbox
 * keeps only a reference and a placeholder: no row ever holds a usable secret, and every resend carries a fresh one.
 * Implemented where the secret's owner is (ops wires the accounts module's activation tokens in).
 */
public interface MailSecrets {
    /** Stands where the secret goes in a rendered email. */
    String PLACEHOLDER = "{{one-time-secret}}";

    /**
     * A fresh secret for {@code secretRef}, committed before it is returned. Throws {@link IllegalArgumentException}
     * or {@link IllegalStateException} when none can ever be issued (the email then fails for good).
     */
    String issue(String secretRef);
}
