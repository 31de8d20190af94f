package io.catwork.ops.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One fresh PostgreSQL database per test run, created on first use and dropped when the run ends, so runs never see
 * each other's data. The server comes from {@code CATWORK_TEST_PG_HOST}, {@code _PORT} and {@code _USER} (default
 * 127.0.0.1:5432, postgres, trust auth).
 */
public final class TestDatabase implements LauncherSessionListener {
    private static final String HOST = env("CATWORK_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("CATWORK_TEST_PG_PORT", "5432");
    public static final String USER = env("CATWORK_TEST_PG_USER", "postgres");

    private static String name;
    private static final List<String> extra = new ArrayList<>();

    /** The JDBC URL of this run's database, creating it on the first call. */
    public static synchronized String url() {
        if (name == null) {
            String candidate = "catwork_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            execute("create database " + candidate);
            name = candidate;
        }
        return jdbcUrl(name);
    }

    /** Another fresh database of this run, for a test that needs its own (dropped with the run's). */
    public static synchronized String createExtra() {
        String candidate = "catwork_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + candidate);
        extra.add(candidate);
        return jdbcUrl(candidate);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        drop();
    }

    static synchronized void drop() {
        extra.forEach(database -> execute("drop database if exists " + database + " with (force)"));
        extra.clear();
        if (name != null) {
            execute("drop database if exists " + name + " with (force)");
            name = null;
        }
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql, e);
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
