package io.catwork.ops.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.HeartbeatConfig;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A db-scheduler task runs with the correlation id of the work that scheduled it; data stored before still reads. */
class CorrelatedTasksTest {
    private final Serializer java = LoggingConfiguration.springJavaSerialization();
    private final CorrelatedTasks tasks = new CorrelatedTasks(java);

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @Test
    void theSchedulingWorksIdTravelsWithTheData() {
        MDC.put(CorrelationMdc.KEY, "req-7");
        byte[] stored = tasks.serialize("kit-1");
        MDC.clear();

        String data = tasks.deserialize(String.class, stored);
        assertThat(data).isEqualTo("kit-1");
        TaskInstance<String> instance = new TaskInstance<>("cookie-order", "kit-1", data);
        assertThat(tasks.correlationIdOf(instance)).isEqualTo("req-7");

        CurrentlyExecuting executing = executing(instance);
        tasks.onExecutionStart(executing);
        assertThat(MDC.get(CorrelationMdc.KEY)).isEqualTo("req-7");
        tasks.onExecutionComplete(ExecutionComplete.success(executing.getExecution(), Instant.now(), Instant.now()));
        assertThat(MDC.get(CorrelationMdc.KEY)).isNull();
    }

    @Test
    void dataWithoutAnIdIsStoredAndReadAsBefore() {
        byte[] plain = java.serialize("kit-2");
        assertThat(tasks.serialize("kit-2")).as("nothing in the MDC: the scheduler's own bytes").isEqualTo(plain);
        assertThat(tasks.deserialize(String.class, plain)).isEqualTo("kit-2");
        assertThat(tasks.deserialize(String.class, null)).isNull();

        TaskInstance<String> instance = new TaskInstance<>("billing-close-weekly", "recurring",
                tasks.deserialize(String.class, plain));
        tasks.onExecutionStart(executing(instance));
        assertThat(MDC.get(CorrelationMdc.KEY)).as("a fresh id for work that nothing caused").hasSize(36);
    }

    @Test
    void anIdThatIsNoSaneTokenIsNotStored() {
        MDC.put(CorrelationMdc.KEY, "two\nlines");
        assertThat(tasks.serialize("kit-3")).isEqualTo(java.serialize("kit-3"));
    }

    private static CurrentlyExecuting executing(TaskInstance<?> instance) {
        return new CurrentlyExecuting(new Execution(Instant.now(), instance), new SystemClock(),
                new HeartbeatConfig(Duration.ofSeconds(10), 4, Duration.ofSeconds(40)));
    }
}
