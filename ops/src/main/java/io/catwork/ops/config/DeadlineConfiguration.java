package io.catwork.ops.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's db-scheduler deadline manager, as Axon's auto-configuration builds it, with one difference: cancelling a
 * deadline that is firing at that moment is no error (Axon already ignores one that has fired). Sagas cancel by the
 * id they kept (one row), never with {@code cancelAll...}, which reads and deserializes every pending deadline of
 * every order. Without this, the race would fail the saga's event and stall its processor for a retry; the deadline
 * that fires meanwhile finds its handler's state moved on and does nothing.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactionManager,
                                    DeadlineManagerSpanFactory spanFactory) {
        DbSchedulerDeadlineManager.Builder builder = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false);
        return new CancelByIdDeadlineManager(builder, scheduler);
    }

    static final class CancelByIdDeadlineManager extends DbSchedulerDeadlineManager {
        private static final Logger log = LoggerFactory.getLogger(CancelByIdDeadlineManager.class);
        private final Scheduler scheduler;

        CancelByIdDeadlineManager(Builder builder, Scheduler scheduler) {
            super(builder);
            this.scheduler = scheduler;
        }

        @Override
        public void cancelSchedule(String deadlineName, String scheduleId) {
            runOnPrepareCommitOrNow(() -> {
                try {
                    scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
                } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException gone) {
                    log.debug("Deadline {} {} has fired or is firing: nothing to cancel", deadlineName, scheduleId);
                }
            });
        }
    }
}
