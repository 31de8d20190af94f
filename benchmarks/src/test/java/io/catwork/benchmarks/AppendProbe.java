package io.catwork.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw PostgreSQL append probe: 16 connections, one row per commit, into a table shaped like Axon's
 * {@code domain_event_entry}, for a few seconds. Its rows per second are what the event store could write at best;
 * with several rows per commit, its transactions per second are what a command appending a few rows could reach.
 */
final class AppendProbe {
    private AppendProbe() {
    }

    static double rowsPerSecond(int seconds) throws Exception {
        return run(seconds, 1);
    }

    /**
     * The same 16 connections committing {@code insertsPerTransaction} rows at a time: what a command that appends a
     * few events (and writes a row or two beside them) could reach at best, in transactions per second.
     */
    static double transactionsPerSecond(int seconds, int insertsPerTransaction) throws Exception {
        return run(seconds, insertsPerTransaction) / insertsPerTransaction;
    }

    private static double run(int seconds, int insertsPerTransaction) throws Exception {
        String database = "catwork_probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CatworkProcess.sql("create database " + database);
        try {
            try (Connection connection = CatworkProcess.connect(database)) {
                connection.createStatement().execute("""
                        create sequence probe_seq;
                        create table probe_event_entry (
                            global_index bigint not null default nextval('probe_seq') primary key,
                            aggregate_identifier varchar(255) not null, sequence_number bigint not null,
                            type varchar(255), event_identifier varchar(255) not null unique,
                            time_stamp varchar(255) not null, payload_type varchar(255) not null,
                            payload_revision varchar(255), payload bytea not null, meta_data bytea,
                            unique (aggregate_identifier, sequence_number))""");
            }
            AtomicLong rows = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService writers = Executors.newFixedThreadPool(16);
            byte[] payload = new byte[300];
            for (int writer = 0; writer < 16; writer++) {
                writers.submit(() -> {
                    try (Connection connection = CatworkProcess.connect(database);
                         PreparedStatement insert = connection.prepareStatement("insert into probe_event_entry "
                                 + "(aggregate_identifier, sequence_number, type, event_identifier, time_stamp, "
                                 + "payload_type, payload_revision, payload, meta_data) "
                                 + "values (?, 0, 'Order', ?, '2026-01-01T00:00:00Z', 'io.catwork.Probe', '1', "
                                 + "?, ?)")) {
                        connection.setAutoCommit(insertsPerTransaction == 1);
                        while (System.nanoTime() < end) {
                            for (int row = 0; row < insertsPerTransaction; row++) {
                                insert.setString(1, UUID.randomUUID().toString());
                                insert.setString(2, UUID.randomUUID().toString());
                                insert.setBytes(3, payload);
                                insert.setBytes(4, payload);
                                insert.executeUpdate();
                            }
                            if (insertsPerTransaction > 1) {
                                connection.commit();
                            }
                            rows.addAndGet(insertsPerTransaction);
                        }
                    }
                    return null;
                });
            }
            writers.shutdown();
            writers.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
            return rows.get() / (double) seconds;
        } finally {
            CatworkProcess.sql("drop database if exists " + database + " with (force)");
        }
    }
}
