package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every email through the outbox and a real SMTP server: once each, retried while the server is down. */
class NotificationsIT extends IntegrationTest {
    static final Duration DELIVERY = Duration.ofSeconds(30);
    static final Duration QUIET = Duration.ofSeconds(3);

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void signUpOrderAndCancelEachEmailTheClientOnceWithHeaderAndRenderedText() {
        Fixtures.Account client = given.client();
        String order = given.order(client, given.serviceType());
        assertThat(api.post("/api/orders/" + order + "/cancel").bearer(client.token())
                .json(Map.of("reason", "уехала на дачу")).send().status()).isEqualTo(200);

        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(client.email()).size() >= 3);
        await().during(QUIET).atMost(QUIET.plusSeconds(5))
                .until(() -> TestSmtp.messagesTo(client.email()).size() == 3);
        List<MimeMessage> mails = TestSmtp.messagesTo(client.email());
        assertThat(mails).extracting(TestSmtp::notificationId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(mails).extracting(TestSmtp::subject).containsExactlyInAnyOrder(
                "Добро пожаловать в Catwork, Murka!", "Заказ " + order + " принят", "Заказ " + order + " отменён");
        MimeMessage received = mails.stream().filter(mail -> TestSmtp.subject(mail).endsWith("принят"))
                .findFirst().orElseThrow();
        assertThat(TestSmtp.body(received)).contains("Здравствуйте, Murka!").contains("Roof 7, Cat Street")
                .contains("Europe/Moscow").doesNotContain("[(").doesNotContain("${");
        MimeMessage cancelled = mails.stream().filter(mail -> TestSmtp.subject(mail).endsWith("отменён"))
                .findFirst().orElseThrow();
        assertThat(TestSmtp.body(cancelled)).contains("Причина: уехала на дачу").doesNotContain("менеджером");

        assertThat(jdbc.queryForList("select status || '/' || attempts || '/' || sent_count from notification_outbox "
                + "where recipient = ?", String.class, client.email())).containsOnly("SENT/1/1").hasSize(3);
    }

    @Test
    void emailsWaitForADownMailServerAndAreDeliveredOnceWhenItIsBack() {
        TestSmtp.stop();
        Fixtures.Account first;
        Fixtures.Account second;
        try {
            first = given.client();
            second = given.client();
            await().atMost(DELIVERY).until(() -> jdbc.queryForObject("select count(*) from notification_outbox "
                    + "where recipient in (?, ?) and attempts > 0 and status = 'PENDING' and last_error is not null",
                    Long.class, first.email(), second.email()) > 0);
        } finally {
            TestSmtp.start();
        }
        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(first.email()).size() == 1
                && TestSmtp.messagesTo(second.email()).size() == 1);
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() ->
                TestSmtp.messagesTo(first.email()).size() == 1 && TestSmtp.messagesTo(second.email()).size() == 1);
        assertThat(jdbc.queryForList("select status || '/' || sent_count from notification_outbox "
                + "where recipient in (?, ?)", String.class, first.email(), second.email()))
                .containsOnly("SENT/1").hasSize(2);
    }

    @Test
    void replayingAProjectionSendsNothingAndEmailsCannotBeReplayed() {
        Fixtures.Account client = given.client();
        String order = given.order(client, given.serviceType());
        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(client.email()).size() == 2);
        long outbox = jdbc.queryForObject("select count(*) from notification_outbox", Long.class);
        String manager = given.managerToken();

        assertThat(api.post("/api/admin/processors/orders-projection/replay").bearer(manager).send().status())
                .isEqualTo(202);
        await().atMost(DELIVERY).until(() -> processor("orders-projection").isPresent()
                && !processor("orders-projection").get().get("replaying").asBoolean()
                && api.get("/api/orders/" + order).bearer(client.token()).send().status() == 200);
        await().during(QUIET).atMost(QUIET.plusSeconds(5))
                .until(() -> TestSmtp.messagesTo(client.email()).size() == 2);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox", Long.class)).isEqualTo(outbox);

        assertProblem(api.post("/api/admin/processors/notifications/replay").bearer(manager).send(), 409);
        assertProblem(api.post("/api/admin/processors/no-such-group/replay").bearer(manager).send(), 404);
        assertProblem(api.post("/api/admin/processors/orders-projection/replay").bearer(client.token()).send(), 403);
        JsonNode notifications = processor("notifications").orElseThrow();
        assertThat(notifications.get("kind").asText()).isEqualTo("SIDE_EFFECT");
        assertThat(notifications.get("replayable").asBoolean()).isFalse();
        JsonNode orders = processor("orders-projection").orElseThrow();
        assertThat(orders.get("kind").asText()).isEqualTo("PROJECTION");
        assertThat(orders.get("replayable").asBoolean()).isTrue();
        assertThat(orders.get("status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void aRedeliveredEventQueuesNoSecondEmail() {
        long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Fixtures.Account client = given.client();
        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(client.email()).size() == 1);

        StreamingEventProcessor notifications = (StreamingEventProcessor) processing.eventProcessor("notifications")
                .orElseThrow();
        notifications.shutDown();
        try {
            int rewound = jdbc.update("update token_entry set token = convert_to(?, 'UTF8') "
                    + "where processor_name = 'notifications' and token_type like '%GapAwareTrackingToken'",
                    "{\"index\":" + before + ",\"gaps\":[]}");
            assertThat(rewound).isEqualTo(1);
        } finally {
            notifications.start();
        }
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        await().atMost(DELIVERY).until(() -> processor("notifications").map(p -> p.get("position"))
                .filter(position -> !position.isNull() && position.asLong() >= head).isPresent());
        await().during(QUIET).atMost(QUIET.plusSeconds(5))
                .until(() -> TestSmtp.messagesTo(client.email()).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                client.email())).isEqualTo(1L);
    }

    @Test
    void managersListEmailsByStatusAndAResendSendsExactlyOneMoreCopy() {
        Fixtures.Account client = given.client();
        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(client.email()).size() == 1);
        String manager = given.managerToken();
        await().atMost(DELIVERY).until(() -> find(manager, "?status=SENT&size=200", client.email()) != null);
        JsonNode welcome = find(manager, "?status=SENT&size=200", client.email());
        assertThat(welcome.get("template").asText()).isEqualTo("client-welcome");
        assertThat(welcome.get("subject").asText()).contains("Murka");
        assertThat(welcome.get("attempts").asInt()).isEqualTo(1);
        assertThat(welcome.get("sentAt").asText()).isNotBlank();
        assertThat(find(manager, "?status=FAILED&size=200", client.email())).isNull();
        String id = welcome.get("id").asText();

        assertThat(api.post("/api/admin/notifications/" + id + "/resend").bearer(manager).send().status())
                .isEqualTo(202);
        await().atMost(DELIVERY).until(() -> TestSmtp.messagesTo(client.email()).size() == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(5))
                .until(() -> TestSmtp.messagesTo(client.email()).size() == 2);
        assertThat(TestSmtp.messagesTo(client.email())).extracting(TestSmtp::notificationId).containsOnly(id);
        assertThat(jdbc.queryForObject("select sent_count from notification_outbox where id = ?::uuid",
                Integer.class, id)).isEqualTo(2);

        assertProblem(api.post("/api/admin/notifications/" + java.util.UUID.randomUUID() + "/resend").bearer(manager)
                .send(), 404);
        assertProblem(api.post("/api/admin/notifications/" + id + "/resend").bearer(client.token()).send(), 403);
        assertProblem(api.get("/api/admin/notifications?status=LOST").bearer(manager).send(), 400);
    }

    private JsonNode find(String manager, String query, String to) {
        Api.Response list = api.get("/api/admin/notifications" + query).bearer(manager).send();
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(mail -> mail.get("to").asText().equals(to)).findFirst().orElse(null);
    }

    private java.util.Optional<JsonNode> processor(String name) {
        JsonNode all = api.get("/api/admin/processors").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(all.spliterator(), false).filter(p -> p.get("name").asText().equals(name))
                .findFirst();
    }
}
