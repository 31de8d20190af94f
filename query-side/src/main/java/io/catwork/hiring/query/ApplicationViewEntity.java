package io.catwork.hiring.query;

import io.catwork.hiring.api.ApplicantHiredEvent;
import io.catwork.hiring.api.ApplicationRejectedEvent;
import io.catwork.hiring.api.ApplicationStatus;
import io.catwork.hiring.api.ApplicationSubmittedEvent;
import io.catwork.hiring.api.Characteristics;
import io.catwork.hiring.api.HiringViews;
import io.catwork.hiring.api.Sex;
import io.catwork.hiring.api.TestId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "application_view")
class ApplicationViewEntity {
    @Id
    private UUID id;
    @Column(name = "vacancy_id")
    private UUID vacancyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    private String phone;
    private String breed;
    private String color;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String about;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "worker_id")
    private UUID workerId;
    @Column(name = "worker_code")
    private String workerCode;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_test_view", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<AssignedTest> tests = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_note_view", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Note> notes = new ArrayList<>();

    protected ApplicationViewEntity() {
    }

    ApplicationViewEntity(ApplicationSubmittedEvent event) {
        id = event.applicationId().value();
        vacancyId = event.vacancyId() == null ? null : event.vacancyId().value();
        status = ApplicationStatus.SUBMITTED;
        name = event.name();
        email = event.email();
        phone = event.phone();
        breed = event.characteristics().breed();
        color = event.characteristics().color();
        sex = event.characteristics().sex();
        birthDate = event.characteristics().birthDate();
        about = event.about();
        submittedAt = event.submittedAt();
    }

    @Embeddable
    static class AssignedTest {
        @Column(name = "test_id", nullable = false)
        UUID testId;
        Integer score;
        Boolean passed;
        @Column(name = "result_comment")
        String comment;

        protected AssignedTest() {
        }

        AssignedTest(UUID testId) {
            this.testId = testId;
        }
    }

    @Embeddable
    static class Note {
        @Column(nullable = false)
        String note;
        @Column(name = "noted_at", nullable = false)
        Instant at;
        @Column(name = "noted_by")
        String by;

        protected Note() {
        }

        Note(String note, Instant at, String by) {
            this.note = note;
            this.at = at;
            this.by = by;
        }
    }

    void contacted(String note, Instant at, String by) {
        notes.add(new Note(note, at, by));
        if (status == ApplicationStatus.SUBMITTED) {
            status = ApplicationStatus.CONTACTED;
        }
    }

    void assigned(List<TestId> added) {
        added.stream().map(TestId::value)
                .filter(test -> tests.stream().noneMatch(existing -> existing.testId.equals(test)))
                .forEach(test -> tests.add(new AssignedTest(test)));
        status = ApplicationStatus.TESTING;
    }

    void result(TestId test, int score, boolean passed, String comment) {
        tests.stream().filter(existing -> existing.testId.equals(test.value())).findFirst().ifPresent(found -> {
            found.score = score;
            found.passed = passed;
            found.comment = comment;
        });
    }

    void hired(ApplicantHiredEvent event) {
        status = ApplicationStatus.HIRED;
        workerId = event.workerId().value();
        workerCode = event.workerCode();
        decidedAt = event.hiredAt();
    }

    void rejected(ApplicationRejectedEvent event) {
        status = ApplicationStatus.REJECTED;
        decisionReason = event.reason();
        decidedAt = event.rejectedAt();
    }

    HiringViews.ApplicationSummaryView toSummary() {
        return new HiringViews.ApplicationSummaryView(id, status, name, email, vacancyId, submittedAt);
    }

    HiringViews.ApplicationView toView() {
        List<HiringViews.AssignedTestView> testViews = tests.stream().map(test -> new HiringViews.AssignedTestView(
                test.testId, test.score == null ? null
                : new HiringViews.ResultView(test.score, test.passed, test.comment))).toList();
        List<HiringViews.NoteView> noteViews = notes.stream()
                .map(note -> new HiringViews.NoteView(note.note, note.at, note.by)).toList();
        HiringViews.DecisionView decision = status.isDecided()
                ? new HiringViews.DecisionView(status, decisionReason, decidedAt) : null;
        return new HiringViews.ApplicationView(id, status, vacancyId, name, email, phone,
                new Characteristics(breed, color, sex, birthDate), about, testViews, noteViews, decision, workerId,
                workerCode, submittedAt);
    }
}
