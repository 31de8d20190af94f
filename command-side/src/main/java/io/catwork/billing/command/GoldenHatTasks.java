package io.catwork.billing.command;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The persistent tasks of payouts: {@code golden-hat-payout}, one per Idempotency-Key, sent until Golden Hat answers
 * (a backoff that doubles up to a cap, never giving up: an unanswered request may have been paid, so only Golden
 * Hat's own answer may fail it); {@code golden-hat-poll}, asking about a PENDING payout every {@code poll-after}
 * until it is settled.
 */
@Configuration(proxyBeanMethods = false)
class GoldenHatTasks {
    static final TaskDescriptor<String> PAYOUT = TaskDescriptor.of("golden-hat-payout", String.class);
    static final TaskDescriptor<String> POLL = TaskDescriptor.of("golden-hat-poll", String.class);
    private static final Logger log = LoggerFactory.getLogger(GoldenHatTasks.class);

    @Bean
    CustomTask<String> goldenHatPayoutTask(@Lazy GoldenHatPayouts payouts, GoldenHatProperties properties,
                                           Clock clock) {
        return Tasks.custom(PAYOUT)
                .onFailure(new CappedBackoff<>(properties.initialBackoff(), properties.maxBackoff(), clock))
                .execute((instance, context) -> {
                    payouts.send(Payout.decode(instance.getData()));
                    return new CompletionHandler.OnCompleteRemove<>();
                });
    }

    @Bean
    CustomTask<String> goldenHatPollTask(@Lazy GoldenHatPayouts payouts, GoldenHatProperties properties,
                                         Clock clock) {
        return Tasks.custom(POLL)
                .onFailure(new CappedBackoff<>(properties.initialBackoff(), properties.maxBackoff(), clock))
                .execute((instance, context) -> {
                    String[] parts = instance.getData().split("\\|", 2);
                    if (payouts.poll(parts[0], parts[1])) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    return (complete, operations) -> operations.reschedule(complete,
                            clock.instant().plus(properties.pollAfter()));
                });
    }

    /**
     * What a payout task carries: enough to send the request without reading anything else. The recipient (the
     * worker's payout account, free text) comes last, so it may hold any character.
     */
    record Payout(String invoiceId, String idempotencyKey, String amount, String recipient) {

        String encode() {
            return String.join("|", invoiceId, idempotencyKey, amount, recipient);
        }

        static Payout decode(String data) {
            String[] parts = data.split("\\|", 4);
            return new Payout(parts[0], parts[1], parts[2], parts[3]);
        }
    }

    /** Tries again {@code initial} later, twice as long after each failure in a row, never more than {@code max}. */
    static final class CappedBackoff<T> implements FailureHandler<T> {
        private final Duration initial;
        private final Duration max;
        private final Clock clock;

        CappedBackoff(Duration initial, Duration max, Clock clock) {
            this.initial = initial;
            this.max = max;
            this.clock = clock;
        }

        static Duration delay(Duration initial, Duration max, int failuresBefore) {
            Duration delay = initial;
            for (int i = 0; i < failuresBefore && delay.compareTo(max) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(max) > 0 ? max : delay;
        }

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
            int failures = complete.getExecution().consecutiveFailures;
            Duration delay = delay(initial, max, failures);
            log.warn("{} {} failed ({} in a row), trying again in {}: {}", complete.getExecution().getTaskName(),
                    complete.getExecution().getId(), failures + 1, delay,
                    complete.getCause().map(Throwable::getMessage).orElse("no cause"));
            operations.reschedule(complete, clock.instant().plus(delay));
        }
    }
}
