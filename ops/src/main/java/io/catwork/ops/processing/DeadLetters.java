package io.catwork.ops.processing;

import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.common.api.ProcessingKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/** What every group has parked, and retrying a parked sequence once its cause is removed. */
@Component
public class DeadLetters {
    private final DeclaredProcessing declared;
    private final EventProcessingConfiguration processing;
    private final SagaDeadLetters sagas;

    DeadLetters(DeclaredProcessing declared, EventProcessingConfiguration processing, SagaDeadLetters sagas) {
        this.declared = declared;
        this.processing = processing;
        this.sagas = sagas;
    }

    /**
     * One parked sequence: the event that failed first (its type, id and cause), since when it is parked, how often it
     * was tried, and how many events wait in the sequence (it included).
     */
    public record ParkedSequence(String group, ProcessingKind kind, String sequence, String eventType, String eventId,
                                 String causeType, String cause, Instant since, Instant lastTouched, int attempts,
                                 int events) {
    }

    public record RetryOutcome(String group, String sequence, boolean healed, long remaining) {
    }

    /** Every parked sequence, group by group, or of one group. */
    public List<ParkedSequence> list(Optional<String> onlyGroup) {
        List<ParkedSequence> parked = new ArrayList<>();
        for (ProcessingGroupDeclaration group : declared.all()) {
            if (onlyGroup.isPresent() && !onlyGroup.get().equals(group.name())) {
                continue;
            }
            queueOf(group.name()).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
                    if (!letters.hasNext()) {
                        continue;
                    }
                    DeadLetter<? extends EventMessage<?>> first = letters.next();
                    int count = 1;
                    while (letters.hasNext()) {
                        letters.next();
                        count++;
                    }
                    Optional<Cause> cause = first.cause();
                    parked.add(new ParkedSequence(group.name(), group.kind(), PoisonIsolation.sequenceOf(first),
                            first.message().getPayloadType().getSimpleName(), first.message().getIdentifier(),
                            cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                            first.enqueuedAt(), first.lastTouched(), PoisonIsolation.attempts(first), count));
                }
            });
        }
        return parked;
    }

    /** Whether {@code group} has a dead-letter queue at all (an unknown group or a lookup has none). */
    public boolean hasQueue(String group) {
        return queueOf(group).isPresent();
    }

    /** Empty when the group has no parked events in {@code sequence}. */
    public Optional<RetryOutcome> retry(String group, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(group).orElse(null);
        if (queue == null || !queue.contains(sequence)) {
            return Optional.empty();
        }
        boolean healed;
        Optional<SagaParking> saga = sagas.find(group);
        if (saga.isPresent()) {
            AbstractEventProcessor processor = processing.eventProcessor(group, AbstractEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no processor for saga group " + group));
            healed = saga.get().retry(sequence, processor.eventHandlerInvoker());
        } else {
            SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                    .orElseThrow(() -> new IllegalStateException("no dead-letter processor for " + group));
            healed = processor.process(letter -> PoisonIsolation.sequenceOf(letter).equals(sequence));
        }
        return Optional.of(new RetryOutcome(group, sequence, healed, queue.sequenceSize(sequence)));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queueOf(String group) {
        if (!declared.find(group).map(ProcessingGroupDeclaration::kind).map(ProcessingKind::parksFailures)
                .orElse(false)) {
            return Optional.empty();
        }
        Optional<SagaParking> saga = sagas.find(group);
        return saga.isPresent() ? Optional.of(saga.get().queue()) : processing.deadLetterQueue(group);
    }
}
