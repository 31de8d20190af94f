package io.catwork.hiring.command;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The rows of the hiring module's command-side lookups, kept in the command's own transaction. */
final class HiringLookupEntries {
    private HiringLookupEntries() {
    }

    @Entity(name = "HiringTestLookup")
    @Table(name = "hiring_test_lookup")
    static class TestEntry {
        @Id
        UUID id;
        @Column(name = "max_score", nullable = false)
        int maxScore;

        protected TestEntry() {
        }

        TestEntry(UUID id, int maxScore) {
            this.id = id;
            this.maxScore = maxScore;
        }
    }

    @Entity(name = "VacancyLookup")
    @Table(name = "vacancy_lookup")
    static class VacancyEntry {
        @Id
        UUID id;
        @Column(nullable = false)
        boolean open;
        /** The vacancy's test ids, comma-separated. */
        @Column(name = "test_ids", nullable = false)
        String testIds;

        protected VacancyEntry() {
        }

        VacancyEntry(UUID id, boolean open, String testIds) {
            this.id = id;
            this.open = open;
            this.testIds = testIds;
        }
    }

    /** One row per undecided application: the unique key on email is the rule "one active application per email". */
    @Entity(name = "ActiveApplicationLookup")
    @Table(name = "active_application_lookup")
    static class ActiveApplication {
        @Id
        String email;
        @Column(name = "application_id", nullable = false, unique = true)
        UUID applicationId;

        protected ActiveApplication() {
        }

        ActiveApplication(String email, UUID applicationId) {
            this.email = email;
            this.applicationId = applicationId;
        }
    }
}
