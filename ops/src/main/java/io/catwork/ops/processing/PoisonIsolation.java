package io.catwork.ops.processing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Parks a failing event of a projection or side-effect group in its group's dead-letter queue while every other event
 * goes on, including a failure that only the database raises when the batch is written (a value out of range, a
 * broken constraint), which Axon's dead-letter queue alone cannot see per event.
 *
 * <p>Nothing changes while all goes well: a batch of events runs in one transaction and Hibernate writes it in few
 * round-trips. When a handler fails, or the batch fails when it is written or committed, the whole batch rolls back
 * and each of its events becomes a <em>suspect</em>; the processor then retries the batch, and this time every suspect
 * runs in a savepoint of its own and is written at once ({@link IsolatedWork}). A suspect that fails again is rolled
 * back alone and parked by the dead-letter queue in the still-healthy transaction; the others commit. A handler
 * failure that was not isolated is never parked as it is (its half-done writes could be committed with the batch):
 * the enqueue policy makes its batch roll back and be retried that way. Retrying a dead letter always isolates it.
 */
final class PoisonIsolation implements HandlerEnhancerDefinition {
    static final String ATTEMPTS = "attempts";
    private static final Logger log = LoggerFactory.getLogger(PoisonIsolation.class);

    private final DeclaredProcessing declared;
    private final IsolatedWork isolated;
    private final Cache<String, Boolean> suspects = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(30)).build();
    private final Map<Class<?>, Optional<String>> groups = new ConcurrentHashMap<>();

    PoisonIsolation(DeclaredProcessing declared, IsolatedWork isolated) {
        this.declared = declared;
        this.isolated = isolated;
    }

    /** Failed while isolated: undone alone, so it can be parked. */
    static final class IsolatedFailure extends RuntimeException {
        IsolatedFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A failure that was not isolated: its batch must roll back and be retried with its events isolated. */
    static final class RetryIsolated extends RuntimeException {
        RetryIsolated(Throwable cause) {
            super("a failure in a batch: retrying the batch with every event isolated", cause);
        }
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        Optional<String> group = groups.computeIfAbsent(original.declaringClass(), PoisonIsolation::groupOf);
        if (group.isEmpty() || !declared.parksInDeadLetterQueue(group.get())) {
            return original;
        }
        String name = group.get();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                String key = key(name, message.getIdentifier());
                if (!inDeadLetterRetry() && suspects.getIfPresent(key) == null) {
                    return super.handle(message, target);
                }
                try {
                    return isolated.run(() -> super.handle(message, target));
                } catch (IsolatedWork.Failed failed) {
                    throw new IsolatedFailure(failed.getCause());
                }
            }
        };
    }

    private static Optional<String> groupOf(Class<?> type) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
        return Optional.ofNullable(group).map(ProcessingGroup::value);
    }

    /** Marks every event of a batch that rolls back, so that its retry isolates each of them. */
    MessageHandlerInterceptor<EventMessage<?>> suspectsOnRollback(String group) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            String key = key(group, unitOfWork.getMessage().getIdentifier());
            unitOfWork.onRollback(rolledBack -> suspects.put(key, Boolean.TRUE));
            Object result = chain.proceed();
            suspects.invalidate(key); // every handler of the group is done with it (or it is parked)
            return result;
        };
    }

    /**
     * Parks isolated failures (counting attempts); any other failure rolls its batch back for an isolated retry, and so
     * does a failure of the infrastructure ({@link Transience}), which is no event's fault.
     */
    EnqueuePolicy<EventMessage<?>> enqueuePolicy(String group) {
        return (letter, cause) -> {
            if (cause instanceof IsolatedFailure failure && !Transience.isTransient(failure.getCause())) {
                Throwable original = failure.getCause();
                log.warn("{}: parking event {} ({}) of sequence {}: {}", group, letter.message().getIdentifier(),
                        letter.message().getPayloadType().getSimpleName(), PoisonIsolation.sequenceOf(letter),
                        original.toString());
                return Decisions.<EventMessage<?>>enqueue(recorded(original), PoisonIsolation::oneMoreAttempt);
            }
            if (inDeadLetterRetry()) {
                return Decisions.<EventMessage<?>>enqueue(recorded(cause), PoisonIsolation::oneMoreAttempt);
            }
            throw new RetryIsolated(cause);
        };
    }

    /**
     * The cause as a dead letter keeps it: the innermost exception (the database's own words, such as "timestamp out of
     * range", rather than the layers around them), its message cut to what the queue's column holds.
     */
    static Throwable recorded(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return ThrowableCause.truncated(root);
    }

    static MetaData oneMoreAttempt(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.diagnostics().and(ATTEMPTS, attempts(letter) + 1);
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    /** The sequence a dead letter belongs to, as the queue stores it. */
    static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JpaDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        if (letter instanceof GenericDeadLetter<?> fresh) {
            return String.valueOf(fresh.getSequenceIdentifier());
        }
        throw new IllegalArgumentException("a dead letter of an unknown kind: " + letter.getClass());
    }

    static boolean inDeadLetterRetry() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    private static String key(String group, String messageId) {
        return group + '/' + messageId;
    }
}
