package io.catwork.ops.web;

import io.catwork.common.api.Actor;
import io.catwork.common.api.MessageKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Puts the caller's account id, role and the request's correlation id on every command sent while handling a request.
 * Messages that follow from that command carry the same metadata through Axon's correlation data providers. A
 * command sent outside any request (start-up, scheduled jobs) is the SYSTEM's, with the correlation id of the work in
 * the MDC (a scheduled job carries the id of what scheduled it), or a fresh one.
 */
@Component
public class RequestMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {
    public static final String ACTOR_ID = MessageKeys.ACTOR_ID;
    public static final String ACTOR_ROLE = MessageKeys.ACTOR_ROLE;
    public static final String CORRELATION_ID = MessageKeys.CORRELATION_ID;

    private static final ThreadLocal<String> CORRELATION = new ThreadLocal<>();

    static void bindCorrelationId(String correlationId) {
        CORRELATION.set(correlationId);
    }

    static void clear() {
        CORRELATION.remove();
    }

    /** The correlation id of the request this thread is serving, or null outside a request. */
    public static String correlationId() {
        return CORRELATION.get();
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(CORRELATION_ID)) {
                String correlationId = correlationId();
                if (correlationId == null) {
                    // outside a request and outside any handled message: the work this thread does (a db-scheduler
                    // task carries the id of the work that scheduled it, io.catwork.ops.logging.CorrelatedTasks)
                    correlationId = CorrelationIdFilter.sane(MDC.get(CORRELATION_ID));
                }
                added.put(CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
            }
            if (!command.getMetaData().containsKey(ACTOR_ROLE)) {
                Actor actor = correlationId() != null ? CurrentActor.get() : Actor.SYSTEM;
                if (actor.id() != null) {
                    added.put(ACTOR_ID, actor.id().toString());
                }
                added.put(ACTOR_ROLE, actor.role().name());
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
