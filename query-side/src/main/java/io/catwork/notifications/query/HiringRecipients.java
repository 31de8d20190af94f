package io.catwork.notifications.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** What the hiring emails need beyond each event: the applicant of an application, the name of a test. */
final class HiringRecipients {
    private HiringRecipients() {
    }

    @Entity(name = "NotificationApplication")
    @Table(name = "notification_application")
    static class Applicant {
        @Id
        @Column(name = "application_id")
        UUID applicationId;
        @Column(nullable = false)
        String email;
        @Column(nullable = false)
        String name;

        protected Applicant() {
        }

        Applicant(UUID applicationId, String email, String name) {
            this.applicationId = applicationId;
            this.email = email;
            this.name = name;
        }
    }

    @Entity(name = "NotificationTest")
    @Table(name = "notification_test")
    static class Test {
        @Id
        @Column(name = "test_id")
        UUID testId;
        @Column(nullable = false)
        String name;
        @Column(name = "max_score", nullable = false)
        int maxScore;

        protected Test() {
        }

        Test(UUID testId, String name, int maxScore) {
            this.testId = testId;
            this.name = name;
            this.maxScore = maxScore;
        }
    }
}
