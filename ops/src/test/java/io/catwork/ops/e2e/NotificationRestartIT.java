package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import io.catwork.ops.testing.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stop the application in the middle of sending a batch of emails, start a new one on the same database: every
 * email arrives exactly once.
 */
class NotificationRestartIT {
    static final int EMAILS = 30;

    @Test
    void aRestartInTheMiddleOfSendingProducesNoDuplicates() {
        String database = TestDatabase.createExtra();
        String batch = "restart-" + UUID.randomUUID().toString().substring(0, 6);
        Predicate<String> ours = address -> address.startsWith(batch);

        ConfigurableApplicationContext first = start(database);
        TestSmtp.stop();
        try {
            Api api = api(first);
            for (int i = 0; i < EMAILS; i++) {
                assertThat(api.post("/api/clients").json(Map.of("name", "Cat " + i,
                        "email", batch + "-" + i + "@example.com", "password", "restart-secret-1",
                        "phone", "+7 900 000-00-00", "address", "Attic")).send().status()).isEqualTo(201);
            }
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from notification_outbox where recipient like ?", Long.class, batch + "%")
                    == EMAILS);
        } finally {
            TestSmtp.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.messagesTo(ours).isEmpty());
        first.close();
        int beforeRestart = TestSmtp.messagesTo(ours).size();

        try (ConfigurableApplicationContext second = start(database)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> TestSmtp.messagesTo(ours).size() >= EMAILS);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> TestSmtp.messagesTo(ours).size() == EMAILS);
            List<MimeMessage> mails = TestSmtp.messagesTo(ours);
            assertThat(mails).extracting(TestSmtp::notificationId).doesNotHaveDuplicates().hasSize(EMAILS);
            JdbcTemplate jdbc = new JdbcTemplate(second.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select status || '/' || sent_count from notification_outbox "
                    + "where recipient like ?", String.class, batch + "%")).hasSize(EMAILS).containsOnly("SENT/1");
        }
        assertThat(beforeRestart).as("the first application was stopped while sending").isLessThan(EMAILS);
    }

    private static ConfigurableApplicationContext start(String database) {
        return StandaloneApp.start(database, "--catwork.notifications.initial-backoff=PT1S",
                "--catwork.notifications.max-backoff=PT1S", "--catwork.notifications.batch-size=5");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return StandaloneApp.api(context);
    }
}
