package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class PlatformIT extends IntegrationTest {
    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    Clock clock;
    @Autowired
    com.github.kagkarlsson.scheduler.Clock schedulerClock;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    private DbSchedulerProperties scheduler;

    /** A killed node's running deadlines and jobs run again elsewhere within a minute, not thirty. */
    @Test
    void deadNodesAreNoticedWithinAMinute() {
        assertThat(scheduler.getHeartbeatInterval().multipliedBy(scheduler.getMissedHeartbeatsLimit()))
                .isLessThanOrEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void healthProbesArePublic() {
        assertThat(api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }

    @Test
    void prometheusShowsAxonMetricsToManagers() {
        given.client();
        Api.Response metrics = api.get("/actuator/prometheus").bearer(given.managerToken()).send();
        assertThat(metrics.status()).isEqualTo(200);
        // dimensional names: one metric per kind, the processor (or the message's type) as a label
        assertThat(metrics.body()).contains("commandBus_successCounter_total{payloadType=")
                .contains("eventStore_ingestedCounter_total").contains("eventStore_allTimer_seconds_count{payloadType=")
                .contains("eventProcessor_latency{processorName=\"orders-projection\"}")
                .contains("eventProcessor_processedCounter_total{processorName=\"orders-projection\"}")
                .doesNotContain("orders_projection_latency");
        assertThat(metrics.body()).as("no ten-minute window of every event handled")
                .doesNotContain("eventProcessor_capacity").doesNotContain("orders_projection_capacity");
    }

    /**
     * {@code /actuator/info} shows the build (spring-boot-maven-plugin's build-info) to managers, like every actuator
     * endpoint but health: a version tells an attacker which known holes to try.
     */
    @Test
    void buildInfoIsShownToManagers() {
        Api.Response info = api.get("/actuator/info").bearer(given.managerToken()).send();
        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        JsonNode build = info.json().path("build");
        assertThat(build.path("artifact").asText()).as(info.toString()).isEqualTo("ops");
        assertThat(build.path("group").asText()).isEqualTo("io.catwork");
        assertThat(build.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.json().path("java").path("version").asText()).as("the runtime's Java").isNotBlank();

        assertThat(api.get("/actuator/info").send().status()).as("anonymous").isEqualTo(401);
        assertThat(api.get("/actuator/info").bearer(given.client().token()).send().status()).as("a client")
                .isEqualTo(403);
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        Api.Response docs = api.get("/v3/api-docs").send();
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/orders")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui.html").send().status()).isIn(200, 302);
    }

    @Test
    void requestIdIsEchoedOrGenerated() {
        assertThat(api.get("/actuator/health").header("X-Request-Id", "abc-123").send().header("X-Request-Id"))
                .isEqualTo("abc-123");
        assertThat(api.get("/api/orders").send().header("X-Request-Id")).hasSize(36);
        assertThat(api.get("/actuator/health").header("X-Request-Id", "bad id with spaces").send()
                .header("X-Request-Id")).hasSize(36);
    }

    @Test
    void deadlinesArePersistentAndAxonUsesTheInjectedClockAndJackson() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        // the static clock is the last started context's (ClockConfigurationTest checks it is the very bean); in this
        // JVM other contexts come and go, so what counts here is that Axon reads the time our clock reads
        assertThat(Duration.between(clock.instant(), GenericEventMessage.clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(1));
        Instant scheduler = schedulerClock.now();
        assertThat(Duration.between(clock.instant(), scheduler).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void aDeadlineIsCancelledByItsIdAndCancellingOneThatFiredOrIsFiringIsNoError() {
        String id = scheduleTestDeadline();
        assertThat(scheduledDeadline(id)).isEqualTo(1);
        deadlineManager.cancelSchedule("platform-test", id);
        assertThat(scheduledDeadline(id)).isZero();
        assertThatCode(() -> deadlineManager.cancelSchedule("platform-test", id)).doesNotThrowAnyException();

        String firing = scheduleTestDeadline();
        jdbc.update("update scheduled_tasks set picked = true, picked_by = 'platform-test' where task_instance = ?",
                firing);
        assertThatCode(() -> deadlineManager.cancelSchedule("platform-test", firing)).doesNotThrowAnyException();
        jdbc.update("delete from scheduled_tasks where task_instance = ?", firing);
    }

    private String scheduleTestDeadline() {
        return deadlineManager.schedule(clock.instant().plus(Duration.ofHours(1)), "platform-test", "payload",
                new AggregateScopeDescriptor("PlatformTest", "platform-1"));
    }

    private long scheduledDeadline(String id) {
        return jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'"
                + " and task_instance = ?", Long.class, id);
    }
}
