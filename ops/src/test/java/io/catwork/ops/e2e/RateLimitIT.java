package io.catwork.ops.e2e;

import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.LoopbackHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The flood protection of {@code POST /api/applications} (defaults: 5 per address per minute, 50 per second in all;
 * 127.0.0.1 is the trusted proxy of the test context).
 */
class RateLimitIT extends IntegrationTest {

    private Map<String, Object> application() {
        return Map.of("name", "Flood", "email", Fixtures.unique("flood") + "@example.com",
                "phone", "+7 900 000-00-00", "characteristics", Map.of("breed", "Sphynx", "color", "pink",
                        "sex", "M", "birthDate", LocalDate.now().minusYears(2).toString()));
    }

    @Test
    void oneAddressGetsFiveAMinuteAndARefusalCostsNothing() {
        String client = Api.asClient();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/applications").from(client).json(application()).send().status())
                    .isEqualTo(201);
        }
        long events = eventCount();
        String manager = given.managerToken();
        double commits = metric(manager, "catwork_db_commits_total", "origin", "http");
        Api.Response refused = api.post("/api/applications").from(client).json(application()).send();
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        Api.Response unparsed = api.post("/api/applications").from(client).json("{ not even json").send();
        assertThat(unparsed.status()).as("refused before the body is parsed").isEqualTo(429);
        assertThat(eventCount()).as("a refused request does no database work").isEqualTo(events);
        assertThat(metric(manager, "catwork_db_commits_total", "origin", "http")).as("not even a commit")
                .isEqualTo(commits);

        assertThat(api.post("/api/applications").from(Api.asClient()).json(application()).send().status())
                .as("another address has its own bucket").isEqualTo(201);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotHelp() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(LoopbackHttp.post("127.0.0.2", port, "/api/applications",
                    Map.of("X-Forwarded-For", Api.asClient()), json(application())).status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(201);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
    }

    @Test
    void aTrustedProxyPassesItsClientsOwnAddresses() {
        for (int i = 0; i < 7; i++) {
            LoopbackHttp.Response response = LoopbackHttp.post("127.0.0.1", port, "/api/applications",
                    Map.of("X-Forwarded-For", "198.51.100." + (i + 1) + ", 127.0.0.1"), json(application()));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
    }

    @Test
    void theGlobalCeilingHoldsAgainstManyAddresses() throws Exception {
        double rejectedBefore = counter("rejected_global");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> flood = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                flood.add(CompletableFuture.supplyAsync(() ->
                        api.post("/api/applications").from(Api.asClient()).json("{}").send().status(), pool));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> request : flood) {
                statuses.add(request.get());
            }
            assertThat(statuses).contains(429).contains(400).containsOnly(400, 429);
        } finally {
            pool.shutdown();
        }
        assertThat(counter("rejected_global")).isGreaterThan(rejectedBefore);
        assertThat(counter("accepted")).isPositive();
        // leave the shared context as found: wait until the global bucket lets requests through again
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.post("/api/applications").from(Api.asClient()).json("{}").send().status() == 400);
    }

    @Test
    void aLargeBodyIsRefusedBeforeItIsRead() {
        Map<String, Object> large = Map.of("name", "x".repeat(20_000));
        assertProblem(api.post("/api/applications").from(Api.asClient()).json(large).send(), 413);
        assertThat(counter("rejected_size")).isPositive();
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private double counter(String outcome) {
        return metric(given.managerToken(), "catwork_applications_requests_total", "outcome", outcome);
    }

    private double metric(String managerToken, String name, String tag, String value) {
        String metrics = api.get("/actuator/prometheus").bearer(managerToken).send().body();
        Matcher found = Pattern.compile(name + "\\{[^}]*" + tag + "=\"" + value + "\"[^}]*} ([0-9.E+]+)")
                .matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }
}
