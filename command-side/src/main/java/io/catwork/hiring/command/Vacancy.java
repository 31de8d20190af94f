package io.catwork.hiring.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.hiring.api.OpenVacancyCommand;
import io.catwork.hiring.api.UpdateVacancyCommand;
import io.catwork.hiring.api.VacancyId;
import io.catwork.hiring.api.VacancyOpenedEvent;
import io.catwork.hiring.api.VacancyUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A vacancy, open or closed, with the tests it assigns to every application in advance. */
@Aggregate
class Vacancy {
    @AggregateIdentifier
    private VacancyId vacancyId;

    Vacancy() {
        // for event sourcing
    }

    @CommandHandler
    Vacancy(OpenVacancyCommand command) {
        apply(new VacancyOpenedEvent(command.vacancyId(), command.title(), command.description(),
                command.testIds()));
    }

    @CommandHandler
    void handle(UpdateVacancyCommand command) {
        apply(new VacancyUpdatedEvent(vacancyId, command.title(), command.description(), command.testIds(),
                command.open()));
    }

    @EventSourcingHandler
    void on(VacancyOpenedEvent event) {
        vacancyId = event.vacancyId();
    }
}
