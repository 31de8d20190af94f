package io.catwork.accounts.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Asking the accounts module who people are, through the query bus: how every other module's pages name people. */
public final class AccountSummaries {
    private AccountSummaries() {
    }

    /** The accounts with these ids, by id (unknown and null ids are left out; at most the query's limit). */
    public static Map<UUID, AccountSummary> byId(QueryGateway queries, Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return queries.query(new AccountSummariesQuery(wanted), ResponseTypes.multipleInstancesOf(AccountSummary.class))
                .join().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** Accounts whose email or name contains the text, or whose worker code is it (at most {@code limit}). */
    public static List<AccountSummary> matching(QueryGateway queries, String text, int limit) {
        return queries.query(new SearchAccountsQuery(text, limit),
                ResponseTypes.multipleInstancesOf(AccountSummary.class)).join();
    }
}
