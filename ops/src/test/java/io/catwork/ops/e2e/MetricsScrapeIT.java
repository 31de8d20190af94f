package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.ops.processing.DeclaredProcessing;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.DeployFiles;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prometheus scrapes with its long-lived token ({@code catwork.metrics.scrape-token}, set in the shared context), which
 * opens nothing else; the dashboard's gauges follow the database; and every metric the Grafana dashboard reads is on
 * the real endpoint.
 */
class MetricsScrapeIT extends IntegrationTest {
    private static final String PROMETHEUS = "/actuator/prometheus";

    @Autowired
    DeclaredProcessing declared;

    @Test
    void theScrapeTokenReadsTheMetrics() {
        Api.Response scraped = api.get(PROMETHEUS).bearer(SCRAPE_TOKEN).send();
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        assertThat(scraped.body()).contains("catwork_emails{status=\"PENDING\"}")
                .contains("catwork_payouts{status=\"PAYOUT_FAILED\"}");
        assertThat(api.get(PROMETHEUS).bearer(given.managerToken()).send().status()).as("a manager still may")
                .isEqualTo(200);
    }

    @Test
    void aWrongScrapeTokenIsRefused() {
        for (String wrong : new String[] {SCRAPE_TOKEN + "x", SCRAPE_TOKEN.substring(1),
                SCRAPE_TOKEN.toUpperCase(), "catwork-test-scrape-token-9876543210"}) {
            Api.Response refused = api.get(PROMETHEUS).bearer(wrong).send();
            assertThat(refused.status()).as(wrong).isEqualTo(401);
            assertThat(refused.body()).doesNotContain("catwork_emails");
        }
        assertThat(api.get(PROMETHEUS).send().status()).as("no token").isEqualTo(401);
        assertThat(api.get(PROMETHEUS).basic("prometheus", SCRAPE_TOKEN).send().status()).as("as a password")
                .isEqualTo(401);
    }

    @Test
    void theScrapeTokenOpensNothingElse() {
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/api/admin/processors",
                "/api/admin/dead-letters", "/api/admin/notifications", "/api/orders", "/api/me"}) {
            assertThat(api.get(path).bearer(SCRAPE_TOKEN).send().status()).as(path).isEqualTo(401);
        }
        assertThat(api.post(PROMETHEUS).bearer(SCRAPE_TOKEN).send().status()).as("POST").isIn(401, 403);
        assertThat(api.post("/api/service-types").bearer(SCRAPE_TOKEN)
                .json("{\"name\":\"x\",\"description\":\"y\",\"durationMinutes\":30}").send().status())
                .isEqualTo(401);
    }

    /** A dead letter counted in the database is counted by the gauge of its group (refreshed every few seconds). */
    @Test
    void deadLettersAndEmailsFollowTheDatabase() {
        for (ProcessingGroupDeclaration group : declared.all()) {
            if (!group.kind().parksFailures()) {
                continue;
            }
            String series = "catwork_dead_letters{group=\"" + group.name() + "\"}";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                long stored = jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?",
                        Long.class, group.name());
                assertThat(DeployFiles.sample(scrape(), series)).as(series).isEqualTo((double) stored);
            });
            assertThat(DeployFiles.sample(scrape(), "catwork_processor_lag{processor=\"" + group.name() + "\"}"))
                    .as("lag of " + group.name()).isNotNull();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long failed = jdbc.queryForObject("select count(*) from notification_outbox where status = 'FAILED'",
                    Long.class);
            assertThat(DeployFiles.sample(scrape(), "catwork_emails{status=\"FAILED\"}")).isEqualTo((double) failed);
        });
    }

    /** The strong check of deploy/: no panel of the dashboard reads a metric that Catwork does not expose. */
    @Test
    void everyMetricOfTheDashboardIsExposed() {
        Set<String> used = new TreeSet<>();
        DeployFiles.expressions(DeployFiles.json("deploy/grafana/dashboards/catwork.json"))
                .forEach(expression -> used.addAll(DeployFiles.metricNames(expression)));
        assertThat(used).isNotEmpty();

        // traffic: logins, sign-ups, commands (one refused), events for every processor, reads
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();
        given.order(client, serviceType);
        api.get("/api/orders").bearer(client.token()).send();
        api.post("/api/service-types").bearer(given.managerToken())
                .json(java.util.Map.of("name", Fixtures.unique("Nap"), "description", "a nap", "durationMinutes", 30))
                .send();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> exposed = DeployFiles.sampleNames(scrape());
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(exposed);
            assertThat(missing).as("metrics of the dashboard that /actuator/prometheus does not show").isEmpty();
        });
    }

    private String scrape() {
        Api.Response scraped = api.get(PROMETHEUS).bearer(SCRAPE_TOKEN).send();
        assertThat(scraped.status()).isEqualTo(200);
        return scraped.body();
    }
}
