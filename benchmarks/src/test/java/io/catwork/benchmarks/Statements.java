package io.catwork.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL statements Catwork runs in its database, counted by PostgreSQL's {@code pg_stat_statements} from a reset
 * to a count. Without the module in {@code shared_preload_libraries} the counts are zero and say so. Plain
 * {@code BEGIN}, {@code COMMIT} and {@code ROLLBACK} are not counted; a read-only transaction's
 * {@code BEGIN READ ONLY} is.
 */
final class Statements {
    private static final String TRANSACTION_CONTROL = "upper(query) in ('BEGIN', 'COMMIT', 'ROLLBACK')";
    private final String database;
    private final boolean available;
    private final long commitsBefore;

    private Statements(String database, boolean available, long commitsBefore) {
        this.database = database;
        this.available = available;
        this.commitsBefore = commitsBefore;
    }

    private static long commits(Connection connection) throws SQLException {
        ResultSet commits = connection.createStatement().executeQuery("select pg_stat_get_db_xact_commit(oid) "
                + "from pg_database where datname = current_database()");
        commits.next();
        return commits.getLong(1);
    }

    /** Forgets what the database has run so far: counting starts now. */
    static Statements reset(String database) throws SQLException {
        try (Connection connection = CatworkProcess.connect(database)) {
            ResultSet loaded = connection.createStatement().executeQuery(
                    "select 1 from pg_settings where name = 'shared_preload_libraries' "
                            + "and setting like '%pg_stat_statements%'");
            if (!loaded.next()) {
                return new Statements(database, false, commits(connection));
            }
            connection.createStatement().execute("create extension if not exists pg_stat_statements");
            connection.createStatement().execute("select pg_stat_statements_reset(0, (select oid from pg_database "
                    + "where datname = current_database()), 0)");
            return new Statements(database, true, commits(connection));
        }
    }

    /** The statements run in the database since the reset. */
    Counted count() throws SQLException {
        try (Connection connection = CatworkProcess.connect(database)) {
            long commits = commits(connection) - commitsBefore;
            if (!available) {
                return new Counted(false, 0, commits, List.of());
            }
            String ours = "from pg_stat_statements where dbid = (select oid from pg_database "
                    + "where datname = current_database()) and query not like '%pg_stat_statements%'";
            ResultSet totals = connection.createStatement().executeQuery("select "
                    + "coalesce(sum(calls) filter (where not " + TRANSACTION_CONTROL + "), 0) " + ours);
            totals.next();
            long statements = totals.getLong(1);
            List<String> top = new ArrayList<>();
            ResultSet rows = connection.createStatement().executeQuery("select calls, "
                    + "regexp_replace(query, '\\s+', ' ', 'g') " + ours + " and not " + TRANSACTION_CONTROL
                    + " order by calls desc limit 40");
            while (rows.next()) {
                top.add(rows.getLong(1) + "\t" + rows.getString(2));
            }
            return new Counted(true, statements, commits, top);
        }
    }

    /** What was counted; {@code top} holds "calls, tab, query" lines, most called first. */
    record Counted(boolean available, long statements, long commits, List<String> top) {
        void printTop(int limit, int orders) {
            if (!available || orders == 0) {
                return;
            }
            System.out.println("most run statements, per order completed:");
            top.stream().limit(limit).forEach(line -> {
                String[] parts = line.split("\t", 2);
                String query = parts[1].length() <= 150 ? parts[1]
                        : parts[1].substring(0, 100) + " … " + parts[1].substring(parts[1].length() - 45);
                System.out.printf(Locale.ROOT, "  %6.2f  %s%n", Long.parseLong(parts[0]) / (double) orders, query);
            });
        }
    }
}
