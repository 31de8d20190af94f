package io.catwork.ops.processing;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the infrastructure's for a while (the database unreachable, restarting or out of resources, a
 * deadlock or serialization failure, a command that met a concurrent change of its aggregate) rather than the
 * event's. Such a failure never parks an event: the processor retries with its backoff until the database is back
 * (or, for a conflict, on the aggregate's new state), since no other event could get through meanwhile either.
 */
final class Transience {
    private Transience() {
    }

    static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 40 rollback (serialization, deadlock), 53 resources, 57P operator intervention
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P")) {
                    return true;
                }
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
