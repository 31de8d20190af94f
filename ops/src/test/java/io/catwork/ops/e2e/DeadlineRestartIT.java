package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** An order's check-in deadline is persistent: stop the application, start a new one, and it fires, once. */
class DeadlineRestartIT {
    static final String[] SHORT_TIMES = {"--catwork.orders.min-lead-time=PT1S", "--catwork.orders.check-in-grace=PT2S"};

    @Test
    void aPendingDeadlineFiresOnceAfterARestart() {
        String database = TestDatabase.createExtra();
        String orderId;
        Fixtures.Account client;
        try (ConfigurableApplicationContext first = StandaloneApp.start(database, SHORT_TIMES)) {
            Fixtures given = new Fixtures(StandaloneApp.api(first));
            client = given.client();
            Api.Response placed = StandaloneApp.api(first).post("/api/orders").bearer(client.token())
                    .json(given.orderRequest(given.serviceType(), Instant.now().plusSeconds(15))).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orderId = placed.json().get("id").asText();
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
            await("the order's saga schedules the check-in deadline in the database").atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject("select count(*) from scheduled_tasks"
                            + " where task_name = 'AxonDeadline'", Long.class) == 1L);
        }

        try (ConfigurableApplicationContext second = StandaloneApp.start(database, SHORT_TIMES)) {
            Api api = StandaloneApp.api(second);
            String token = api.token(client.email(), client.password());
            await().atMost(Duration.ofSeconds(40)).until(() -> api.get("/api/orders/" + orderId).bearer(token).send()
                    .json().path("status").asText().equals("FAILED"));
            assertThat(api.get("/api/orders/" + orderId).bearer(token).send().json().get("failureReason").asText())
                    .isEqualTo("SUPPLIES_NOT_READY");
            String manager = api.token(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> failures(api, manager,
                    orderId) == 1);
            JdbcTemplate jdbc = new JdbcTemplate(second.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'",
                    Long.class)).isZero();
        }
    }

    private static long failures(Api api, String manager, String orderId) {
        JsonNode history = api.get("/api/orders/" + orderId + "/history").bearer(manager).send().json();
        return StreamSupport.stream(history.spliterator(), false)
                .filter(event -> event.get("type").asText().equals("OrderFailedEvent")).count();
    }

}
