package io.catwork.ops.processing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon has no dead-letter queue for sagas; this is one, for one saga group. Each event runs in a transaction of its
 * own (batch size 1), so any failure, the saga's handler, a command it sends, a deadline it schedules or the commit,
 * is that event's. A failing event is retried by the processor with its backoff (1 s, 2 s, 4 s, ...) until it has
 * failed {@code maxAttempts} times; the next time it comes it is parked in the group's queue (a JPA dead-letter queue
 * like the projections', in {@code dead_letter_entry}) without being handled, and every later event of the same
 * sequence (the same order) is parked behind it, so the saga never sees its events out of order. Every other order
 * goes on. {@link #retry} hands the parked events to the saga again, in order, each in a savepoint.
 */
final class SagaParking {
    private static final Logger log = LoggerFactory.getLogger(SagaParking.class);

    private final String group;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final PayloadPropertySequencing sequencing;
    private final int maxAttempts;
    private final IsolatedWork isolated;
    private final TransactionManager transactions;
    private final Cache<String, Failure> failures = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();

    SagaParking(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, PayloadPropertySequencing sequencing,
                int maxAttempts, IsolatedWork isolated, TransactionManager transactions) {
        this.group = group;
        this.queue = queue;
        this.sequencing = sequencing;
        this.maxAttempts = maxAttempts;
        this.isolated = isolated;
        this.transactions = transactions;
    }

    private record Failure(int attempts, Throwable cause) {
    }

    SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return queue;
    }

    /** The saga processor's interceptor: parks behind a parked sequence, parks what failed too often, counts. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            String sequence = sequencing.getSequenceIdentifierFor(event).toString();
            if (queue.enqueueIfPresent(sequence, () -> new GenericDeadLetter<>(sequence, event))) {
                log.warn("{}: event {} ({}) parked behind the earlier parked events of {}", group,
                        event.getIdentifier(), event.getPayloadType().getSimpleName(), sequence);
                return null;
            }
            Failure failure = failures.getIfPresent(event.getIdentifier());
            if (failure != null && failure.attempts() >= maxAttempts) {
                log.error("{}: parking event {} ({}) of {} after {} failed attempts: {}", group,
                        event.getIdentifier(), event.getPayloadType().getSimpleName(), sequence, failure.attempts(),
                        failure.cause().toString());
                queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(sequence, event,
                        PoisonIsolation.recorded(failure.cause()))
                        .withDiagnostics(MetaData.with(PoisonIsolation.ATTEMPTS, failure.attempts())));
                failures.invalidate(event.getIdentifier());
                return null;
            }
            unitOfWork.onRollback(rolledBack -> {
                Throwable cause = rolledBack.getExecutionResult() != null
                        && rolledBack.getExecutionResult().isExceptionResult()
                        ? rolledBack.getExecutionResult().getExceptionResult()
                        : new IllegalStateException("the transaction rolled back");
                failures.asMap().merge(event.getIdentifier(), new Failure(1, cause),
                        (earlier, now) -> new Failure(earlier.attempts() + 1, now.cause()));
            });
            return chain.proceed();
        };
    }

    /**
     * Hands the parked events of {@code sequence} to the saga again, oldest first, until one fails (it stays parked,
     * with one more attempt) or none is left. Returns whether the whole sequence was handled.
     */
    boolean retry(String sequence, EventHandlerInvoker saga) {
        UnitOfWork<?> unitOfWork = new DefaultUnitOfWork<>(null);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<Boolean> result = unitOfWork.executeWithResult(() -> queue.process(
                letter -> PoisonIsolation.sequenceOf(letter).equals(sequence),
                letter -> handleAgain(letter, saga)));
        if (result.isExceptional()) {
            throw new IllegalStateException("retrying " + group + "/" + sequence + " failed",
                    result.exceptionResult());
        }
        return Boolean.TRUE.equals(result.getPayload());
    }

    private EnqueueDecision<EventMessage<?>> handleAgain(DeadLetter<? extends EventMessage<?>> letter,
                                                        EventHandlerInvoker saga) {
        try {
            isolated.run(() -> {
                UnitOfWork<? extends EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(letter.message());
                ResultMessage<?> handled = unitOfWork.executeWithResult(() -> {
                    saga.handle(letter.message(), Segment.ROOT_SEGMENT);
                    return null;
                });
                if (handled.isExceptional()) {
                    Throwable cause = handled.exceptionResult();
                    throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
                }
                return null;
            });
            log.info("{}: parked event {} of {} handled", group, letter.message().getIdentifier(),
                    PoisonIsolation.sequenceOf(letter));
            return Decisions.<EventMessage<?>>evict();
        } catch (Exception failed) {
            Throwable cause = failed instanceof IsolatedWork.Failed ? failed.getCause() : failed;
            log.warn("{}: parked event {} of {} failed again: {}", group, letter.message().getIdentifier(),
                    PoisonIsolation.sequenceOf(letter), cause.toString());
            return Decisions.<EventMessage<?>>requeue(PoisonIsolation.recorded(cause),
                    PoisonIsolation::oneMoreAttempt);
        }
    }
}
