package io.catwork.hiring.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationId;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.AssignTestsCommand;
import io.catwork.hiring.api.Characteristics;
import io.catwork.hiring.api.ContactRecordedEvent;
import io.catwork.hiring.api.HireApplicantCommand;
import io.catwork.hiring.api.RecordContactCommand;
import io.catwork.hiring.api.RecordTestResultCommand;
import io.catwork.hiring.api.RejectApplicationCommand;
import io.catwork.hiring.api.Sex;
import io.catwork.hiring.api.SubmitApplicationCommand;
import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.TestResultRecordedEvent;
import io.catwork.hiring.api.TestsAssignedEvent;
import io.catwork.hiring.api.VacancyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final ApplicationId APP = new ApplicationId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final VacancyId VACANCY = new VacancyId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    static final TestId AGILITY = new TestId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final TestId PURRING = new TestId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final Characteristics MAINE_COON =
            new Characteristics("Maine Coon", "Black", Sex.M, LocalDate.of(2023, 5, 1));

    /** The directory as the lookup keeps it, without a database. */
    static final class Directory implements HiringDirectory {
        final Set<String> active = new HashSet<>();

        @Override
        public Optional<Integer> maxScore(TestId test) {
            return Optional.of(10);
        }

        @Override
        public Optional<VacancyEntry> vacancy(VacancyId vacancy) {
            return Optional.empty();
        }

        @Override
        public boolean hasActiveApplication(String email) {
            return active.contains(email.toLowerCase());
        }
    }

    private AggregateTestFixture<Application> fixture;
    private Directory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Application.class);
        directory = new Directory();
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource((WorkerCodeSequence) () -> 7);
    }

    static ApplicationSubmittedEvent submitted() {
        return new ApplicationSubmittedEvent(APP, VACANCY, "Barsik", "barsik@example.com", "+7 900", MAINE_COON,
                "I purr", NOW);
    }

    static SubmitApplicationCommand submit(List<TestId> vacancyTests) {
        return new SubmitApplicationCommand(APP, VACANCY, "Barsik", "barsik@example.com", "+7 900", MAINE_COON,
                "I purr", vacancyTests, NOW);
    }

    static HireApplicantCommand hire() {
        return new HireApplicantCommand(APP, WORKER, "GH-123", LocalDate.of(2026, 11, 26), NOW);
    }

    @Test
    void submissionAssignsTheVacancysTestsInAdvance() {
        fixture.givenNoPriorActivity()
                .when(submit(List.of(AGILITY, AGILITY)))
                .expectEvents(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY)));
    }

    @Test
    void aSecondActiveApplicationWithTheSameEmailIsRefused() {
        directory.active.add("barsik@example.com");
        fixture.givenNoPriorActivity()
                .when(submit(List.of()))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }

    @Test
    void contactAndMoreTestsBeforeTheDecision() {
        fixture.given(submitted())
                .when(new RecordContactCommand(APP, "called, nice cat", NOW))
                .expectEvents(new ContactRecordedEvent(APP, "called, nice cat", NOW));
        fixture.given(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY)))
                .when(new AssignTestsCommand(APP, List.of(AGILITY, PURRING)))
                .expectEvents(new TestsAssignedEvent(APP, List.of(PURRING)));
    }

    @Test
    void cannotHireBeforeEveryAssignedTestHasAResult() {
        fixture.given(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY, PURRING)),
                        new TestResultRecordedEvent(APP, AGILITY, 9, true, null))
                .when(hire())
                .expectNoEvents()
                .expectException(CatworkException.class)
                .expectExceptionMessage("1 assigned test(s) have no result yet");
    }

    @Test
    void hiresWithACodeFromTheCharacteristicsAndTheSequence() {
        fixture.given(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY)),
                        new TestResultRecordedEvent(APP, AGILITY, 9, true, "fast"))
                .when(hire())
                .expectResultMessagePayload("MAI-BLA-M03-0007")
                .expectEvents(new ApplicantHiredEvent(APP, WORKER, "MAI-BLA-M03-0007", "Barsik",
                        "barsik@example.com", "+7 900", "GH-123", NOW));
    }

    @Test
    void cannotRecordAResultOfATestNotAssignedOrTwice() {
        fixture.given(submitted())
                .when(new RecordTestResultCommand(APP, AGILITY, 5, true, null))
                .expectNoEvents()
                .expectException(CatworkException.class);
        fixture.given(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY)),
                        new TestResultRecordedEvent(APP, AGILITY, 9, true, null))
                .when(new RecordTestResultCommand(APP, AGILITY, 10, true, null))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }

    @Test
    void rejectsAtAnyTimeBeforeTheDecisionAndADecisionIsFinal() {
        fixture.given(submitted(), new TestsAssignedEvent(APP, List.of(AGILITY)))
                .when(new RejectApplicationCommand(APP, "allergic to cats", NOW))
                .expectEvents(new ApplicationRejectedEvent(APP, "allergic to cats", NOW));
        fixture.given(submitted(), new ApplicationRejectedEvent(APP, null, NOW))
                .when(hire())
                .expectNoEvents()
                .expectException(CatworkException.class);
        fixture.given(submitted(), new ApplicantHiredEvent(APP, WORKER, "MAI-BLA-M03-0007", "Barsik",
                        "barsik@example.com", "+7 900", "GH-123", NOW))
                .when(new RecordContactCommand(APP, "late", NOW))
                .expectNoEvents()
                .expectException(CatworkException.class);
    }
}
