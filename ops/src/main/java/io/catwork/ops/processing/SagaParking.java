package io.catwork.ops.processing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon has no dead-letter queue for sagas; this is one, for one saga group. Each event runs in a transaction of its
 * own (batch size 1), so any failure, the saga's handler, a command it sends, a deadline it schedules or the commit,
 * is that event's. A failing event is retried by the processor with its backoff (1 s, 2 s, 4 s, ...) until it has
 * failed {@code maxAttempts} times; the next time it comes it is parked in the group's queue (a JPA dead-letter queue
 * like the projections', in {@code dead_letter_entry}) without being handled, and every later event of the same
 * sequence (the same order) is parked behind it, so the saga never sees its events out of order. Every other order
 * goes on. A failure of the infrastructure ({@link Transience}) is not the event's and never counts.
 * {@link #retry} hands the parked events to the saga again, in order, each in a transaction of its own.
 */
final class SagaParking {
    private static final Logger log = LoggerFactory.getLogger(SagaParking.class);

    private final String group;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final PayloadPropertySequencing sequencing;
    private final int maxAttempts;
    private final TransactionTemplate transactions;
    private final List<CorrelationDataProvider> correlation;
    private final Cache<String, Failure> failures = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();

    SagaParking(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, PayloadPropertySequencing sequencing,
                int maxAttempts, TransactionTemplate transactions, List<CorrelationDataProvider> correlation) {
        this.group = group;
        this.queue = queue;
        this.sequencing = sequencing;
        this.maxAttempts = maxAttempts;
        this.transactions = transactions;
        this.correlation = List.copyOf(correlation);
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
                if (Transience.isTransient(cause)) {
                    return;
                }
                failures.asMap().merge(event.getIdentifier(), new Failure(1, cause),
                        (earlier, now) -> new Failure(earlier.attempts() + 1, now.cause()));
            });
            return chain.proceed();
        };
    }

    /**
     * Hands the parked events of {@code sequence} to the saga again, oldest first, each in a transaction of its own
     * that also removes it from the queue: everything it does (the saga's state, its deadlines, the commands it sends
     * and what their events change) commits with its removal, or none of it does. The first that fails stays parked,
     * with its new cause and one more attempt, and so do those behind it. Returns whether none is left.
     */
    synchronized boolean retry(String sequence, EventHandlerInvoker saga) {
        List<DeadLetter<? extends EventMessage<?>>> letters = transactions.execute(status -> {
            List<DeadLetter<? extends EventMessage<?>>> all = new ArrayList<>();
            queue.deadLetterSequence(sequence).forEach(all::add);
            return all;
        });
        for (DeadLetter<? extends EventMessage<?>> letter : letters) {
            try {
                transactions.executeWithoutResult(status -> {
                    handleAgain(letter.message(), saga);
                    queue.evict(letter);
                });
                log.info("{}: parked event {} of {} handled", group, letter.message().getIdentifier(), sequence);
            } catch (RuntimeException failed) {
                Throwable cause = failed instanceof HandlingFailed handling ? handling.getCause() : failed;
                log.warn("{}: parked event {} of {} failed again: {}", group, letter.message().getIdentifier(),
                        sequence, cause.toString());
                transactions.executeWithoutResult(status -> queue.requeue(letter, stored -> stored
                        .withCause(PoisonIsolation.recorded(cause))
                        .withDiagnostics(PoisonIsolation.oneMoreAttempt(stored))));
                return false;
            }
        }
        return true;
    }

    /** One event, to the saga, in a unit of work of its own that carries the event's correlation data on. */
    private void handleAgain(EventMessage<?> event, EventHandlerInvoker saga) {
        UnitOfWork<? extends EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        correlation.forEach(unitOfWork::registerCorrelationDataProvider);
        ResultMessage<?> handled = unitOfWork.executeWithResult(() -> {
            saga.handle(event, Segment.ROOT_SEGMENT);
            return null;
        });
        if (handled.isExceptional()) {
            throw new HandlingFailed(handled.exceptionResult());
        }
    }

    private static final class HandlingFailed extends RuntimeException {
        HandlingFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
