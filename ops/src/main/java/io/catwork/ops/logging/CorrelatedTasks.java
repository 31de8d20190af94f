package io.catwork.ops.logging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.catwork.ops.web.CorrelationIdFilter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The correlation id of the work that scheduled a db-scheduler task (a cookie order, a payout, a billing run, an Axon
 * deadline), in the MDC while the task runs, and on the commands it sends (see {@code RequestMetadata}).
 *
 * <p>When a task is scheduled, the correlation id in the MDC of the scheduling thread (the request's, or the one the
 * Axon handler interceptors put there for the message being handled) is stored in front of the task's data:
 * {@code CWCID1}, one length byte, the id in ASCII, then the data as the scheduler's own serializer writes it. Data
 * without that prefix (scheduled before, or outside any work) is read as before. When the task runs, the listener puts
 * the stored id into the MDC from the start of the execution until its completion or failure handler is done; a task
 * without one (a recurring close of the calendar) gets a fresh id per execution, so the lines of one run go together.
 *
 * <p>db-scheduler hands the listener the task's data, not its bytes: the id read with the data is kept beside the very
 * object deserialized (a weak identity map, so nothing outlives the task instance).
 */
public final class CorrelatedTasks extends AbstractSchedulerListener implements Serializer {
    private static final byte[] MAGIC = "CWCID1".getBytes(StandardCharsets.US_ASCII);

    private final Serializer data;
    private final Cache<Object, String> correlations = Caffeine.newBuilder().weakKeys().build();

    /** @param data the serializer of the task data itself (db-scheduler's default, Java serialization) */
    public CorrelatedTasks(Serializer data) {
        this.data = data;
    }

    @Override
    public byte[] serialize(Object value) {
        byte[] bytes = data.serialize(value);
        String correlationId = CorrelationIdFilter.sane(CorrelationMdc.current());
        if (correlationId == null || bytes == null) {
            return bytes;
        }
        byte[] id = correlationId.getBytes(StandardCharsets.US_ASCII);
        byte[] stored = new byte[MAGIC.length + 1 + id.length + bytes.length];
        System.arraycopy(MAGIC, 0, stored, 0, MAGIC.length);
        stored[MAGIC.length] = (byte) id.length;
        System.arraycopy(id, 0, stored, MAGIC.length + 1, id.length);
        System.arraycopy(bytes, 0, stored, MAGIC.length + 1 + id.length, bytes.length);
        return stored;
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] stored) {
        if (!correlated(stored)) {
            return data.deserialize(type, stored);
        }
        int length = stored[MAGIC.length] & 0xFF;
        int start = MAGIC.length + 1;
        String correlationId = new String(stored, start, length, StandardCharsets.US_ASCII);
        T value = data.deserialize(type, Arrays.copyOfRange(stored, start + length, stored.length));
        if (value != null && CorrelationIdFilter.sane(correlationId) != null) {
            correlations.put(value, correlationId);
        }
        return value;
    }

    private static boolean correlated(byte[] stored) {
        if (stored == null || stored.length <= MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (stored[i] != MAGIC[i]) {
                return false;
            }
        }
        int length = stored[MAGIC.length] & 0xFF;
        return MAGIC.length + 1 + length <= stored.length;
    }

    /** The correlation id stored with a task instance's data, or null. */
    String correlationIdOf(TaskInstance<?> instance) {
        Object value;
        try {
            value = instance.getData();
        } catch (RuntimeException unreadable) {
            return null; // the task itself will fail on it, with its own message
        }
        return value == null ? null : correlations.getIfPresent(value);
    }

    @Override
    public void onExecutionStart(CurrentlyExecuting executing) {
        String correlationId = correlationIdOf(executing.getTaskInstance());
        MDC.put(CorrelationMdc.KEY, correlationId != null ? correlationId : UUID.randomUUID().toString());
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        MDC.remove(CorrelationMdc.KEY);
    }
}
