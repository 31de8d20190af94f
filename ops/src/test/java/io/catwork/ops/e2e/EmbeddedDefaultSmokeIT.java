package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.catwork.ops.CatworkApplication;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default: with no datasource configured, Catwork runs on an H2 file database in its data directory,
 * with the same migrations and behaviour; emails go through the real path to the embedded SMTP sink, and the sandbox
 * supplier delivers the cookie, and the sandbox Golden Hat reports a payout paid, through the real signed webhooks.
 * Everything else is tested on PostgreSQL.
 */
class EmbeddedDefaultSmokeIT {

    @Test
    void runsTheWholeFrontDoorOnTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CatworkApplication.class).run(
                "--server.port=0", "--catwork.data-dir=" + dataDir, "--catwork.admin.password=admin-password-1",
                "--catwork.supplier.sandbox-delay=PT2S", "--catwork.golden-hat.sandbox-delay=PT1S")) {
            String url = app.getBean(DataSource.class).getConnection().getMetaData().getURL();
            assertThat(url).startsWith("jdbc:h2:file:").contains(dataDir.toString());
            assertThat(Files.list(dataDir)).anySatisfy(file -> assertThat(file.toString()).endsWith(".mv.db"));
            assertThat(new JdbcTemplate(app.getBean(DataSource.class))
                    .queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .isGreaterThanOrEqualTo(2L);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = new Api("http://127.0.0.1:" + port);
            String manager = api.token("admin@catwork.local", "admin-password-1");
            String serviceType = api.post("/api/service-types").bearer(manager)
                    .json(Map.of("name", "Grooming", "durationMinutes", 60)).send().json().get("id").asText();
            String email = Fixtures.unique("h2") + "@example.com";
            assertThat(api.post("/api/clients").json(Map.of("name", "Barsik", "email", email,
                    "password", "barsik-secret", "phone", "+7 900 000-00-00", "address", "Attic")).send().status())
                    .isEqualTo(201);
            String client = api.token(email, "barsik-secret");
            Api.Response placed = api.post("/api/orders").bearer(client).json(Map.of("serviceTypeId", serviceType,
                    "scheduledAt", java.time.Instant.now().plusSeconds(4 * 3600).toString(),
                    "address", "Attic", "description", "nap supervision")).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String order = placed.json().get("id").asText();
            await().atMost(Fixtures.projectionWait())
                    .until(() -> api.get("/api/orders/" + order).bearer(client).send().status() == 200);
            await().atMost(Fixtures.projectionWait()).until(() -> api.get("/api/supply-kits").bearer(manager).send()
                    .body().matches("(?s).*\"orderId\":\"" + order + "\".*\"status\":\"DELIVERED\".*"));
            assertThat(api.post("/api/orders/" + order + "/cancel").bearer(client).json("{}").send().status())
                    .isEqualTo(200);
            assertThat(api.get("/api/orders/" + order + "/history").bearer(manager).send().json()).hasSize(2);
            // the console's searches of accounts, in H2's dialect
            org.axonframework.queryhandling.QueryGateway queries =
                    app.getBean(org.axonframework.queryhandling.QueryGateway.class);
            var summaries = org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(
                    io.catwork.accounts.api.AccountSummary.class);
            String clientId = api.get("/api/me").bearer(client).send().json().get("id").asText();
            await().atMost(Fixtures.projectionWait()).until(() -> queries.query(
                    new io.catwork.accounts.api.SearchAccountsQuery(email.toUpperCase(), 10), summaries).join()
                    .stream().anyMatch(found -> found.id().toString().equals(clientId)));
            assertThat(queries.query(new io.catwork.accounts.api.AccountSummariesQuery(
                    java.util.Set.of(java.util.UUID.fromString(clientId))), summaries).join())
                    .singleElement().satisfies(found -> assertThat(found.name()).isEqualTo("Barsik"));

            await().atMost(Fixtures.projectionWait()).until(() -> api.get("/api/admin/notifications?status=SENT")
                    .bearer(manager).send().json().findValuesAsText("to").stream()
                    .filter(email::equals).count() == 3);

            // billing on H2: a worker's bonus, its month closed by the calendar, paid by the sandbox Golden Hat
            // through the real signed webhook
            Api.Response applied = api.post("/api/applications").json(Map.of("name", "Vaska",
                    "email", Fixtures.unique("h2-worker") + "@example.com", "phone", "+7 900 222-33-44",
                    "characteristics", Map.of("breed", "Siamese", "color", "cream", "sex", "M",
                            "birthDate", "2022-01-15"))).send();
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            String worker = api.post("/api/applications/" + applied.json().get("id").asText() + "/hire")
                    .bearer(manager).json(Map.of("payoutAccount", "GH-h2")).send().json().get("workerId").asText();
            assertThat(api.post("/api/workers/" + worker + "/bonuses").bearer(manager)
                    .json(Map.of("amount", 30, "reason", "first week")).send().status()).isEqualTo(201);
            CatworkClock clock = app.getBean(CatworkClock.class);
            ZoneId zone = ZoneId.of("Europe/Moscow");
            Instant nextMonth = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1).plusMonths(1)
                    .atStartOfDay(zone).toInstant().plusSeconds(5);
            clock.shift(Duration.between(clock.instant(), nextMonth));
            try {
                String later = api.token("admin@catwork.local", "admin-password-1");
                await().atMost(Fixtures.projectionWait()).until(() -> api.get("/api/workers/" + worker + "/invoices")
                        .bearer(later).send().body().contains("\"status\":\"PAID\""));
            } finally {
                GenericEventMessage.clock = Clock.systemUTC();
            }
        }
    }
}
