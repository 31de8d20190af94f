package io.catwork.hiring.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The hiring module's answers, as API.md shows them. */
public final class HiringViews {
    private HiringViews() {
    }

    public record TestView(UUID id, String name, String description, int maxScore, int passScore) {
    }

    public record VacancyView(UUID id, String title, String description, List<UUID> testIds, boolean open) {
    }

    public record ApplicationSummaryView(UUID id, ApplicationStatus status, String name, String email,
                                         UUID vacancyId, Instant submittedAt) {
    }

    public record ApplicationView(UUID id, ApplicationStatus status, UUID vacancyId, String name, String email,
                                  String phone, Characteristics characteristics, String about,
                                  List<AssignedTestView> tests, List<NoteView> notes, DecisionView decision,
                                  UUID workerId, String workerCode, Instant submittedAt) {
    }

    /** {@code result} is null until the test has one. */
    public record AssignedTestView(UUID testId, ResultView result) {
    }

    public record ResultView(int score, boolean passed, String comment) {
    }

    public record NoteView(String note, Instant at, String by) {
    }

    /** {@code outcome} HIRED or REJECTED; {@code reason} only for a rejection. */
    public record DecisionView(ApplicationStatus outcome, String reason, Instant at) {
    }

    public record WorkerView(UUID id, String code, String name, String email, String status, Instant hiredAt) {
    }
}
