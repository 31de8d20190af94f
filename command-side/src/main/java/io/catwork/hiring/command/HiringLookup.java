package io.catwork.hiring.command;

import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.TestCreatedEvent;
import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.VacancyId;
import io.catwork.hiring.api.VacancyOpenedEvent;
import io.catwork.hiring.api.VacancyUpdatedEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The hiring module's set rules on the command side. A subscribing group: rows are written in the same transaction
 * as their event, and the unique key on an active application's email stops two concurrent submissions.
 */
@Component
@ProcessingGroup(HiringLookup.GROUP)
class HiringLookup implements HiringDirectory {
    static final String GROUP = "hiring-lookup";

    private final TestLookupRepository tests;
    private final VacancyLookupRepository vacancies;
    private final ActiveApplicationRepository activeApplications;

    HiringLookup(TestLookupRepository tests, VacancyLookupRepository vacancies,
                 ActiveApplicationRepository activeApplications) {
        this.tests = tests;
        this.vacancies = vacancies;
        this.activeApplications = activeApplications;
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @EventHandler
    void on(TestCreatedEvent event) {
        tests.save(new HiringLookupEntries.TestEntry(event.testId().value(), event.maxScore()));
    }

    @EventHandler
    void on(VacancyOpenedEvent event) {
        vacancies.save(new HiringLookupEntries.VacancyEntry(event.vacancyId().value(), true, join(event.testIds())));
    }

    @EventHandler
    void on(VacancyUpdatedEvent event) {
        vacancies.save(new HiringLookupEntries.VacancyEntry(event.vacancyId().value(), event.open(),
                join(event.testIds())));
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event) {
        activeApplications.saveAndFlush(new HiringLookupEntries.ActiveApplication(emailKey(event.email()),
                event.applicationId().value()));
    }

    @EventHandler
    void on(ApplicantHiredEvent event) {
        activeApplications.deleteByApplication(event.applicationId().value());
    }

    @EventHandler
    void on(ApplicationRejectedEvent event) {
        activeApplications.deleteByApplication(event.applicationId().value());
    }

    @Override
    public Optional<Integer> maxScore(TestId test) {
        return tests.findById(test.value()).map(entry -> entry.maxScore);
    }

    @Override
    public Optional<VacancyEntry> vacancy(VacancyId vacancy) {
        return vacancies.findById(vacancy.value()).map(entry -> new VacancyEntry(vacancy, entry.open,
                entry.testIds.isEmpty() ? List.of() : Arrays.stream(entry.testIds.split(","))
                        .map(id -> new TestId(UUID.fromString(id))).toList()));
    }

    @Override
    public boolean hasActiveApplication(String email) {
        return activeApplications.existsById(emailKey(email));
    }

    private static String join(List<TestId> ids) {
        return ids.stream().map(TestId::toString).collect(Collectors.joining(","));
    }
}
