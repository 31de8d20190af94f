package io.catwork.ops.processing;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Sequences events by a property of their payload (a record component or getter, for instance {@code orderId}), so
 * that events of one order published by different aggregates (the order, its supply kit) share one sequence. An event
 * without the property falls back to its aggregate, then to itself. The sequence is the property's text, which for an
 * order's own events equals its aggregate identifier.
 */
final class PayloadPropertySequencing implements SequencingPolicy<EventMessage<?>> {
    private final String property;
    private final Map<Class<?>, Optional<Method>> accessors = new ConcurrentHashMap<>();

    PayloadPropertySequencing(String property) {
        this.property = property;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Optional<Method> accessor = payload == null ? Optional.empty()
                : accessors.computeIfAbsent(payload.getClass(), this::accessorOf);
        if (accessor.isPresent()) {
            try {
                Object value = accessor.get().invoke(payload);
                if (value != null) {
                    return value.toString();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + property + " of " + payload.getClass(), e);
            }
        }
        Object aggregate = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        return aggregate != null ? aggregate.toString() : event.getIdentifier();
    }

    private Optional<Method> accessorOf(Class<?> type) {
        String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {property, getter}) {
            try {
                Method method = type.getMethod(name);
                method.setAccessible(true);
                return Optional.of(method);
            } catch (NoSuchMethodException | RuntimeException absent) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
