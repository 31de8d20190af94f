package io.catwork.ops.processing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.Savepoint;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs one event's work in a savepoint of the current transaction and writes it at once, so that a failure, even one
 * the database raises, undoes that work alone and leaves the transaction usable for the others and for parking the
 * failure. What earlier work left unwritten is written first, since undoing this work clears the persistence context.
 *
 * <p>After undoing the work it also forgets that the transaction was marked rollback-only. Hibernate marks the
 * transaction whenever a persistence exception passes through it (as JPA requires), and offers no way back even after
 * a rollback to a savepoint; the flag is reset by reflection, checked once at start-up (see the constructor), so a
 * Hibernate upgrade that moves it fails the start, not a batch.
 */
final class IsolatedWork {
    private static final String ROLLBACK_ONLY = "rollbackOnly";

    private final EntityManager entities;
    private final EntityManagerFactory entityManagerFactory;
    private final DataSource dataSource;

    IsolatedWork(EntityManager entities, EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        this.entities = entities;
        this.entityManagerFactory = entityManagerFactory;
        this.dataSource = dataSource;
        rollbackOnlyField(driverClass());
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
            forgetRollbackOnly(session);
            throw new Failed(failure);
        }
        session.doWork(connection -> connection.releaseSavepoint(savepoint));
        return result;
    }

    private void forgetRollbackOnly(Session session) {
        TransactionCoordinator.TransactionDriver driver = session.unwrap(SharedSessionContractImplementor.class)
                .getTransactionCoordinator().getTransactionDriverControl();
        try {
            rollbackOnlyField(driver.getClass()).setBoolean(driver, false);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reset Hibernate's rollback-only mark", e);
        }
        if (TransactionSynchronizationManager.getResource(entityManagerFactory) instanceof EntityManagerHolder holder) {
            holder.resetRollbackOnly();
        }
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
            holder.resetRollbackOnly();
        }
    }

    private static Class<?> driverClass() {
        try {
            return Class.forName("org.hibernate.resource.transaction.backend.jdbc.internal."
                    + "JdbcResourceLocalTransactionCoordinatorImpl$TransactionDriverControlImpl");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Hibernate's local transaction driver moved: see IsolatedWork", e);
        }
    }

    private static Field rollbackOnlyField(Class<?> driver) {
        try {
            Field field = driver.getDeclaredField(ROLLBACK_ONLY);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Hibernate's transaction driver has no " + ROLLBACK_ONLY
                    + " flag any more: see IsolatedWork", e);
        }
    }
}
