package io.catwork.hiring.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.hiring.api.CreateTestCommand;
import io.catwork.hiring.api.TestCreatedEvent;
import io.catwork.hiring.api.TestId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A test of the catalogue that applicants take: name, description, maximum and pass score. */
@Aggregate
class HiringTest {
    @AggregateIdentifier
    private TestId testId;

    HiringTest() {
        // for event sourcing
    }

    @CommandHandler
    HiringTest(CreateTestCommand command) {
        apply(new TestCreatedEvent(command.testId(), command.name(), command.description(), command.maxScore(),
                command.passScore()));
    }

    @EventSourcingHandler
    void on(TestCreatedEvent event) {
        testId = event.testId();
    }
}
