package io.catwork.ops.processing;

import jakarta.persistence.EntityManager;
import java.sql.Savepoint;
import java.util.concurrent.Callable;
import org.hibernate.Session;

/**
 * Runs one event's work in a savepoint of the current transaction and writes it at once, so a failure, even one the
 * database raises, undoes that work alone and leaves the transaction usable for the others and for parking the
 * failure. What earlier work left unwritten is written first: undoing this work clears the persistence context.
 */
final class IsolatedWork {
    private final EntityManager entities;

    IsolatedWork(EntityManager entities) {
        this.entities = entities;
    }

    /** The work failed and was undone; the cause is the work's own failure. */
    static final class Failed extends Exception {
        Failed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    <T> T run(Callable<T> work) throws Exception {
        Session session = entities.unwrap(Session.class);
        session.flush();
        Savepoint savepoint = session.doReturningWork(connection -> connection.setSavepoint());
        T result;
        try {
            result = work.call();
            session.flush();
        } catch (Exception | Error failure) {
            session.doWork(connection -> connection.rollback(savepoint));
            session.clear();
            throw new Failed(failure);
        }
        session.doWork(connection -> connection.releaseSavepoint(savepoint));
        return result;
    }
}
