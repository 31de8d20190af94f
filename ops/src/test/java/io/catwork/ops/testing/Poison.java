package io.catwork.ops.testing;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A poison for tests: a PostgreSQL trigger that makes every insert or update of {@code table} fail when
 * {@code column} holds {@code value}, as a value the database refuses would. Closing it removes the cause.
 */
public final class Poison implements AutoCloseable {
    private final JdbcTemplate jdbc;
    private final String table;
    private final String name;

    private Poison(JdbcTemplate jdbc, String table, String name) {
        this.jdbc = jdbc;
        this.table = table;
        this.name = name;
    }

    public static Poison in(JdbcTemplate jdbc, String table, String column, String value) {
        String name = "poison_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if new." + column + " = '" + value.replace("'", "''") + "' then "
                + "raise exception 'poisoned % for a test', new." + column + "; end if; return new; end $$");
        jdbc.execute("create trigger " + name + " before insert or update on " + table
                + " for each row execute function " + name + "()");
        return new Poison(jdbc, table, name);
    }

    /** Removes the cause: the same writes succeed from now on. */
    @Override
    public void close() {
        jdbc.execute("drop trigger if exists " + name + " on " + table);
        jdbc.execute("drop function if exists " + name + "()");
    }
}
