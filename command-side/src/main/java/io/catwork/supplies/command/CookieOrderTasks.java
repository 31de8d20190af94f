package io.catwork.supplies.command;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The persistent task that orders a kit's cookie: retried with exponential backoff ({@code initial-backoff}, doubling)
 * up to {@code max-attempts}, then the kit is flagged.
 */
@Configuration(proxyBeanMethods = false)
class CookieOrderTasks {
    static final TaskDescriptor<String> COOKIE_ORDER = TaskDescriptor.of("cookie-order", String.class);

    @Bean
    OneTimeTask<String> cookieOrderTask(@Lazy CookieOrdering ordering, SupplierProperties properties) {
        int retries = Math.max(0, properties.maxAttempts() - 1);
        return Tasks.oneTime(COOKIE_ORDER)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(retries,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.initialBackoff(), 2.0),
                        (complete, operations) -> ordering.giveUp(
                                (String) complete.getExecution().taskInstance.getData(), properties.maxAttempts())))
                .execute((instance, context) -> ordering.order(instance.getData()));
    }
}
