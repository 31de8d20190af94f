package io.catwork.hiring.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.CatworkException;
import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationId;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationStatus;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.AssignTestsCommand;
import io.catwork.hiring.api.Characteristics;
import io.catwork.hiring.api.ContactRecordedEvent;
import io.catwork.hiring.api.HireApplicantCommand;
import io.catwork.hiring.api.HiringErrorCode;
import io.catwork.hiring.api.RecordContactCommand;
import io.catwork.hiring.api.RecordTestResultCommand;
import io.catwork.hiring.api.RejectApplicationCommand;
import io.catwork.hiring.api.SubmitApplicationCommand;
import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.TestResultRecordedEvent;
import io.catwork.hiring.api.TestsAssignedEvent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A job application (DOMAIN.md §1). SUBMITTED; CONTACTED once a manager records a contact; TESTING once tests are
 * assigned (a vacancy's own tests on submission); HIRED when every assigned test has its result, or REJECTED at
 * any time before. A decision is final.
 */
@Aggregate
class Application {
    @AggregateIdentifier
    private ApplicationId applicationId;
    private ApplicationStatus status;
    private String name;
    private String email;
    private String phone;
    private Characteristics characteristics;
    private final Set<TestId> assigned = new LinkedHashSet<>();
    private final Set<TestId> withResult = new HashSet<>();

    Application() {
        // for event sourcing
    }

    @CommandHandler
    Application(SubmitApplicationCommand command, HiringDirectory directory) {
        if (directory.hasActiveApplication(command.email())) {
            throw new CatworkException(HiringErrorCode.APPLICATION_ALREADY_ACTIVE, "email",
                    "an application with this email is still being considered");
        }
        apply(new ApplicationSubmittedEvent(command.applicationId(), command.vacancyId(), command.name(),
                command.email(), command.phone(), command.characteristics(), command.about(),
                command.submittedAt()));
        if (!command.testIds().isEmpty()) {
            apply(new TestsAssignedEvent(command.applicationId(), List.copyOf(new LinkedHashSet<>(command.testIds()))));
        }
    }

    @CommandHandler
    void handle(RecordContactCommand command) {
        requireUndecided();
        apply(new ContactRecordedEvent(applicationId, command.note(), command.contactedAt()));
    }

    @CommandHandler
    void handle(AssignTestsCommand command) {
        requireUndecided();
        List<TestId> added = command.testIds().stream().distinct().filter(test -> !assigned.contains(test)).toList();
        if (!added.isEmpty()) {
            apply(new TestsAssignedEvent(applicationId, added));
        }
    }

    @CommandHandler
    void handle(RecordTestResultCommand command) {
        requireUndecided();
        if (!assigned.contains(command.testId())) {
            throw new CatworkException(HiringErrorCode.TEST_NOT_ASSIGNED,
                    "this test is not assigned to the application");
        }
        if (withResult.contains(command.testId())) {
            throw new CatworkException(HiringErrorCode.TEST_RESULT_RECORDED, "this test already has its result");
        }
        apply(new TestResultRecordedEvent(applicationId, command.testId(), command.score(), command.passed(),
                command.comment()));
    }

    /** Returns the new worker's code. */
    @CommandHandler
    String handle(HireApplicantCommand command, WorkerCodeSequence sequence) {
        requireUndecided();
        if (!withResult.containsAll(assigned)) {
            throw new CatworkException(HiringErrorCode.TESTS_WITHOUT_RESULT,
                    (assigned.size() - withResult.size()) + " assigned test(s) have no result yet");
        }
        String code = WorkerCodes.code(characteristics, command.hiredOn(), sequence.next());
        apply(new ApplicantHiredEvent(applicationId, command.workerId(), code, name, email, phone,
                command.payoutAccount(), command.hiredAt()));
        return code;
    }

    @CommandHandler
    void handle(RejectApplicationCommand command) {
        requireUndecided();
        apply(new ApplicationRejectedEvent(applicationId, command.reason(), command.rejectedAt()));
    }

    private void requireUndecided() {
        if (status.isDecided()) {
            throw new CatworkException(HiringErrorCode.APPLICATION_DECIDED, "the application is already " + status);
        }
    }

    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event) {
        applicationId = event.applicationId();
        status = ApplicationStatus.SUBMITTED;
        name = event.name();
        email = event.email();
        phone = event.phone();
        characteristics = event.characteristics();
    }

    @EventSourcingHandler
    void on(ContactRecordedEvent event) {
        if (status == ApplicationStatus.SUBMITTED) {
            status = ApplicationStatus.CONTACTED;
        }
    }

    @EventSourcingHandler
    void on(TestsAssignedEvent event) {
        assigned.addAll(event.testIds());
        status = ApplicationStatus.TESTING;
    }

    @EventSourcingHandler
    void on(TestResultRecordedEvent event) {
        withResult.add(event.testId());
    }

    @EventSourcingHandler
    void on(ApplicantHiredEvent event) {
        status = ApplicationStatus.HIRED;
    }

    @EventSourcingHandler
    void on(ApplicationRejectedEvent event) {
        status = ApplicationStatus.REJECTED;
    }
}
