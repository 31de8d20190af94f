package io.catwork.accounts.api;

import java.util.Set;
import java.util.UUID;

/** The accounts with these ids (unknown ones are left out); answered with a list of {@link AccountSummary}. */
public record AccountSummariesQuery(Set<UUID> ids) {
    /** The most ids one query may ask for. */
    public static final int MAX_IDS = 500;
}
