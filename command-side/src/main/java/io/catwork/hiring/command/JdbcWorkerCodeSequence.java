package io.catwork.hiring.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A database sequence: unique across nodes and concurrent transactions (a rolled-back hire leaves a gap). */
@Component
class JdbcWorkerCodeSequence implements WorkerCodeSequence {
    private final JdbcTemplate jdbc;

    JdbcWorkerCodeSequence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        Long next = jdbc.queryForObject("select nextval('worker_code_seq')", Long.class);
        if (next == null) {
            throw new IllegalStateException("worker_code_seq returned nothing");
        }
        return next;
    }
}
