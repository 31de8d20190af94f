package io.catwork.accounts.api;

/**
 * Accounts whose email or name contains {@code text} or whose worker code is {@code text} (case-insensitive), at
 * most {@code limit}; answered with a list of {@link AccountSummary}.
 */
public record SearchAccountsQuery(String text, int limit) {
}
