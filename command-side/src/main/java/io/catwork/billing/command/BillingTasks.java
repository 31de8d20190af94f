package io.catwork.billing.command;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.catwork.billing.api.BillingPeriod;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The persistent tasks of period closes: {@code billing-run}, a manager's run, tried again with backoff until every
 * account closed; and, unless {@code catwork.billing.scheduler-enabled=false}, the calendar's closes at Monday 00:00
 * and at 00:00 of the 1st in the business zone. db-scheduler runs each once in a cluster and, after downtime, runs an
 * overdue close as soon as a node is up, which then closes every period missed.
 */
@Configuration(proxyBeanMethods = false)
class BillingTasks {
    static final TaskDescriptor<String> RUN = TaskDescriptor.of("billing-run", String.class);
    static final String WEEKLY = "billing-close-weekly";
    static final String MONTHLY = "billing-close-monthly";
    private static final Duration RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY = Duration.ofMinutes(10);

    @Bean
    CustomTask<String> billingRunTask(@Lazy BillingRuns runs, Clock clock) {
        return Tasks.custom(RUN).onFailure(new GoldenHatTasks.CappedBackoff<>(RETRY, MAX_RETRY, clock))
                .execute((instance, context) -> {
                    runs.run(UUID.fromString(instance.getData()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    @Bean
    @ConditionalOnProperty(name = "catwork.billing.scheduler-enabled", matchIfMissing = true)
    RecurringTask<Void> billingCloseWeeklyTask(@Lazy BillingRuns runs, BillingProperties properties, Clock clock) {
        return Tasks.recurring(WEEKLY, Schedules.cron("0 0 0 * * MON", properties.zone()))
                .onFailure(new GoldenHatTasks.CappedBackoff<>(RETRY, MAX_RETRY, clock))
                .execute((instance, context) -> runs.catchUp(BillingPeriod.Kind.CLIENT_WEEKLY));
    }

    @Bean
    @ConditionalOnProperty(name = "catwork.billing.scheduler-enabled", matchIfMissing = true)
    RecurringTask<Void> billingCloseMonthlyTask(@Lazy BillingRuns runs, BillingProperties properties, Clock clock) {
        return Tasks.recurring(MONTHLY, Schedules.cron("0 0 0 1 * *", properties.zone()))
                .onFailure(new GoldenHatTasks.CappedBackoff<>(RETRY, MAX_RETRY, clock))
                .execute((instance, context) -> runs.catchUp(BillingPeriod.Kind.WORKER_MONTHLY));
    }
}
