package io.catwork.hiring.query;

import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.ContactRecordedEvent;
import io.catwork.hiring.api.TestCreatedEvent;
import io.catwork.hiring.api.TestResultRecordedEvent;
import io.catwork.hiring.api.TestsAssignedEvent;
import io.catwork.hiring.api.VacancyOpenedEvent;
import io.catwork.hiring.api.VacancyUpdatedEvent;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** The hiring views: the tests catalogue, vacancies, applications with their tests and notes, the worker pool. */
@Component
@ProcessingGroup(HiringProjection.GROUP)
class HiringProjection {
    static final String GROUP = "hiring-projection";

    private final TestViewRepository tests;
    private final VacancyViewRepository vacancies;
    private final ApplicationViewRepository applications;
    private final WorkerViewRepository workers;

    HiringProjection(TestViewRepository tests, VacancyViewRepository vacancies,
                     ApplicationViewRepository applications, WorkerViewRepository workers) {
        this.tests = tests;
        this.vacancies = vacancies;
        this.applications = applications;
        this.workers = workers;
    }

    @EventHandler
    void on(TestCreatedEvent event, @Timestamp Instant at) {
        tests.save(new TestViewEntity(event.testId().value(), event.name(), event.description(), event.maxScore(),
                event.passScore(), at));
    }

    @EventHandler
    void on(VacancyOpenedEvent event, @Timestamp Instant at) {
        VacancyViewEntity vacancy = new VacancyViewEntity(event.vacancyId().value(), at);
        vacancy.update(event.title(), event.description(), event.testIds(), true);
        vacancies.save(vacancy);
    }

    @EventHandler
    void on(VacancyUpdatedEvent event) {
        vacancies.findById(event.vacancyId().value()).ifPresent(vacancy ->
                vacancy.update(event.title(), event.description(), event.testIds(), event.open()));
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event) {
        if (!applications.existsById(event.applicationId().value())) {
            applications.save(new ApplicationViewEntity(event));
        }
    }

    @EventHandler
    void on(ContactRecordedEvent event, @MetaDataValue("actorId") String by) {
        application(event.applicationId().value(), app -> app.contacted(event.note(), event.contactedAt(), by));
    }

    @EventHandler
    void on(TestsAssignedEvent event) {
        application(event.applicationId().value(), app -> app.assigned(event.testIds()));
    }

    @EventHandler
    void on(TestResultRecordedEvent event) {
        application(event.applicationId().value(),
                app -> app.result(event.testId(), event.score(), event.passed(), event.comment()));
    }

    @EventHandler
    void on(ApplicantHiredEvent event) {
        application(event.applicationId().value(), app -> app.hired(event));
        if (!workers.existsById(event.workerId().value())) {
            workers.save(new WorkerViewEntity(event.workerId().value(), event.workerCode(), event.name(),
                    event.email(), event.hiredAt()));
        }
    }

    @EventHandler
    void on(ApplicationRejectedEvent event) {
        application(event.applicationId().value(), app -> app.rejected(event));
    }

    private void application(UUID id, Consumer<ApplicationViewEntity> change) {
        change.accept(applications.findById(id)
                .orElseThrow(() -> new IllegalStateException("no view of application " + id)));
    }

    @ResetHandler
    void reset() {
        workers.deleteAllInBatch();
        applications.deleteAll();
        vacancies.deleteAllInBatch();
        tests.deleteAllInBatch();
    }
}
