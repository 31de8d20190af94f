package io.catwork.notifications.query;

import io.catwork.common.api.Role;
import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.TestCreatedEvent;
import io.catwork.hiring.api.TestResultRecordedEvent;
import io.catwork.hiring.api.TestsAssignedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The applicant hears of every step (received, tests assigned, each result, the decision); every manager hears of
 * each new application. The worker's activation email is queued by ops, which alone knows the token.
 */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class HiringEmails {
    static final String RECEIVED = "application-received";
    static final String NEW_FOR_MANAGERS = "application-new";
    static final String TESTS_ASSIGNED = "application-tests-assigned";
    static final String TEST_RESULT = "application-test-result";
    static final String HIRED = "application-hired";
    static final String REJECTED = "application-rejected";

    private final ApplicantRepository applicants;
    private final NotificationTestRepository tests;
    private final RecipientRepository recipients;
    private final NotificationOutbox outbox;

    HiringEmails(ApplicantRepository applicants, NotificationTestRepository tests, RecipientRepository recipients,
                 NotificationOutbox outbox) {
        this.applicants = applicants;
        this.tests = tests;
        this.recipients = recipients;
        this.outbox = outbox;
    }

    @EventHandler
    void on(TestCreatedEvent event) {
        tests.save(new HiringRecipients.Test(event.testId().value(), event.name(), event.maxScore()));
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event, @MessageIdentifier String eventId) {
        UUID id = event.applicationId().value();
        applicants.save(new HiringRecipients.Applicant(id, event.email(), event.name()));
        Map<String, Object> variables = Map.of("applicationId", id.toString(), "name", event.name(),
                "email", event.email(), "breed", event.characteristics().breed());
        outbox.enqueue(eventId, event.email(), RECEIVED, variables);
        for (Recipient manager : recipients.findAllByRole(Role.MANAGER)) {
            Map<String, Object> forManager = new HashMap<>(variables);
            forManager.put("managerName", manager.name());
            outbox.enqueue(eventId, manager.email(), NEW_FOR_MANAGERS, forManager);
        }
    }

    @EventHandler
    void on(TestsAssignedEvent event, @MessageIdentifier String eventId) {
        List<String> names = event.testIds().stream()
                .map(test -> tests.findById(test.value()).map(found -> found.name).orElse(test.toString()))
                .toList();
        toApplicant(event.applicationId().value(), eventId, TESTS_ASSIGNED, Map.of("tests", names));
    }

    @EventHandler
    void on(TestResultRecordedEvent event, @MessageIdentifier String eventId) {
        HiringRecipients.Test test = tests.findById(event.testId().value())
                .orElseThrow(() -> new IllegalStateException("unknown test " + event.testId()));
        toApplicant(event.applicationId().value(), eventId, TEST_RESULT, Map.of("test", test.name,
                "score", event.score(), "maxScore", test.maxScore, "passed", event.passed(),
                "comment", event.comment() == null ? "" : event.comment()));
    }

    @EventHandler
    void on(ApplicantHiredEvent event, @MessageIdentifier String eventId) {
        toApplicant(event.applicationId().value(), eventId, HIRED, Map.of("workerCode", event.workerCode()));
    }

    @EventHandler
    void on(ApplicationRejectedEvent event, @MessageIdentifier String eventId) {
        toApplicant(event.applicationId().value(), eventId, REJECTED,
                Map.of("reason", event.reason() == null ? "" : event.reason()));
    }

    private void toApplicant(UUID applicationId, String eventId, String template, Map<String, Object> extra) {
        HiringRecipients.Applicant applicant = applicants.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("unknown application " + applicationId));
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put("applicationId", applicationId.toString());
        variables.put("name", applicant.name);
        outbox.enqueue(eventId, applicant.email, template, variables);
    }
}
