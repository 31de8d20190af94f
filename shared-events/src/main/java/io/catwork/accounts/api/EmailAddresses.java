package io.catwork.accounts.api;

import java.util.Locale;

/** Emails identify accounts ignoring case and surrounding blanks. */
public final class EmailAddresses {
    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
