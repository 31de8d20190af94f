package io.catwork.hiring.command;

import io.catwork.hiring.api.TestId;
import io.catwork.hiring.api.VacancyId;
import java.util.List;
import java.util.Optional;

/** The hiring module's command-side lookups: tests, vacancies, and who has an application still undecided. */
public interface HiringDirectory {

    /** The maximum score of a test, if the test exists. */
    Optional<Integer> maxScore(TestId test);

    Optional<VacancyEntry> vacancy(VacancyId vacancy);

    /** Whether an application with this email (ignoring case) is still undecided. */
    boolean hasActiveApplication(String email);

    record VacancyEntry(VacancyId id, boolean open, List<TestId> testIds) {
    }
}
