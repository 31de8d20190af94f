package io.catwork.ops.logging;

import io.catwork.ops.web.CorrelationIdFilter;
import io.catwork.ops.web.RequestMetadata;
import org.axonframework.messaging.Message;
import org.slf4j.MDC;

/**
 * The correlation id in the logging context (MDC key {@code correlationId}, which {@code logging.pattern.correlation}
 * prints and the JSON formats carry as a field): put for the length of a piece of work and the value before it put
 * back, so a subscribing processor or a command handled in a request's own thread leaves the request's id in place.
 */
public final class CorrelationMdc {
    public static final String KEY = RequestMetadata.CORRELATION_ID;

    private CorrelationMdc() {
    }

    /** The correlation id of the work this thread is doing, or null. */
    public static String current() {
        return MDC.get(KEY);
    }

    /** The correlation id a message carries in its metadata (put there by the request and copied onwards), or null. */
    public static String of(Message<?> message) {
        Object value = message.getMetaData().get(KEY);
        return value instanceof String id ? CorrelationIdFilter.sane(id) : null;
    }

    /** Puts {@code correlationId} in the MDC until the scope is closed, which puts back what was there. */
    public static Scope open(String correlationId) {
        if (correlationId == null) {
            return Scope.NOTHING;
        }
        String previous = MDC.get(KEY);
        MDC.put(KEY, correlationId);
        return () -> restore(previous);
    }

    static void restore(String previous) {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }

    /** A correlation id in the MDC for a while. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        Scope NOTHING = () -> {
        };

        @Override
        void close();
    }
}
