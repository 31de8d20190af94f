package io.catwork.notifications.query;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's worker: a db-scheduler recurring task, so one node of a cluster sends, and a restart resumes it. */
@Configuration(proxyBeanMethods = false)
class NotificationDelivery {
    static final String TASK = "notification-sender";

    @Bean
    Task<Void> notificationSenderTask(NotificationSender sender, NotificationProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> sender.sendDue(() -> context.getSchedulerState().isShuttingDown()));
    }
}
