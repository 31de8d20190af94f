package io.catwork.accounts.query;

import io.catwork.accounts.api.AccountSummariesQuery;
import io.catwork.accounts.api.AccountSummary;
import io.catwork.accounts.api.SearchAccountsQuery;
import io.catwork.common.api.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The accounts module's answers to other modules' pages: names for ids, and accounts found by a text. */
@Component
class AccountQueries {
    private static final RowMapper<AccountSummary> SUMMARY = (row, index) -> new AccountSummary(
            row.getObject("id", UUID.class), Role.valueOf(row.getString("role")), row.getString("name"),
            row.getString("email"), row.getString("worker_code"));

    private final NamedParameterJdbcTemplate jdbc;

    AccountQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AccountSummary> handle(AccountSummariesQuery query) {
        if (query.ids().isEmpty()) {
            return List.of();
        }
        List<UUID> ids = query.ids().stream().limit(AccountSummariesQuery.MAX_IDS).toList();
        return jdbc.query("select id, role, name, email, worker_code from account_view where id in (:ids)",
                Map.of("ids", ids), SUMMARY);
    }

    @QueryHandler
    List<AccountSummary> handle(SearchAccountsQuery query) {
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("""
                        select id, role, name, email, worker_code from account_view
                        where lower(email) like :like escape '\\' or lower(name) like :like escape '\\'
                           or lower(worker_code) = :text
                        order by name, id limit :limit""",
                new MapSqlParameterSource().addValue("like", like)
                        .addValue("text", text).addValue("limit", Math.max(1, Math.min(query.limit(), 100))),
                SUMMARY);
    }
}
