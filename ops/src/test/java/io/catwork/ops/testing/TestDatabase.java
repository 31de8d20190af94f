package io.catwork.ops.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
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

    /**
     * Drops the extra databases (their applications are closed by their tests) at once. The run's shared Spring
     * context is closed only by its own shutdown hook, after the session: dropping its database now would leave its
     * processors and jobs waiting for connections until the test JVM is killed. So a shutdown hook of our own drops
     * it once nothing is connected to it any more (at most 20 s later).
     */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String shared = dropExtrasAndTakeShared();
        if (shared != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenUnused(shared), "drop-test-database"));
        }
    }

    private static synchronized String dropExtrasAndTakeShared() {
        extra.forEach(database -> execute("drop database if exists " + database + " with (force)"));
        extra.clear();
        String shared = name;
        name = null;
        return shared;
    }

    private static void dropWhenUnused(String database) {
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> sessionsOn(database) == 0);
        } catch (ConditionTimeoutException stillInUse) {
            // dropped all the same, closing what is left
        }
        execute("drop database if exists " + database + " with (force)");
    }

    private static long sessionsOn(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where datname = ?")) {
            count.setString(1, database);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
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
