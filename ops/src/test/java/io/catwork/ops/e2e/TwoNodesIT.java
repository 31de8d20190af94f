package io.catwork.ops.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.config.CatworkClock;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import io.catwork.ops.testing.TestGoldenHat;
import io.catwork.ops.testing.TestSmtp;
import io.catwork.ops.testing.TestSupplier;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the same jar on one database, as an operator runs them: node A is {@code java -jar catwork.jar} in a
 * process of its own, node B runs in this JVM. Both live in the last minutes of a Sunday that ends a month, so the
 * weekly and the monthly close fire (once) while they run. The segments of every processor are split between them;
 * orders, hiring and payments go through both; then A is killed with SIGKILL in the middle of the flow, and B takes
 * over its segments and its scheduled work within a minute: nothing is lost, no email, cookie order or payout is sent
 * twice, every deadline and billing run fires once.
 */
class TwoNodesIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Duration WAIT = Duration.ofSeconds(60);
    /** A Sunday that is the last day of its month: at its midnight a week and a month close together. */
    static final LocalDateTime SUNDAY_MONTH_END_MIDNIGHT = LocalDateTime.of(2027, 3, 1, 0, 0);
    static final Duration BEFORE_MIDNIGHT = Duration.ofSeconds(120);

    static String database;
    static JdbcTemplate jdbc;
    static Process nodeA;
    static Path nodeALog;
    static ConfigurableApplicationContext nodeB;
    static CatworkClock clock;
    static Api a;
    static Api b;

    static String[] options(Duration offset) {
        return new String[] {"--catwork.clock.offset=" + offset, "--catwork.billing.zone=" + MOSCOW,
                "--catwork.orders.min-lead-time=PT1S", "--catwork.orders.check-in-grace=PT20S",
                "--catwork.orders.report-grace=PT10M", "--catwork.matching.retry-interval=PT1S",
                "--catwork.supplier.base-url=" + TestSupplier.baseUrl(), "--catwork.supplier.read-timeout=PT2S",
                "--catwork.supplier.initial-backoff=PT1S",
                "--catwork.golden-hat.base-url=" + TestGoldenHat.baseUrl(),
                "--catwork.golden-hat.api-key=" + TestGoldenHat.API_KEY, "--catwork.golden-hat.read-timeout=PT2S",
                "--catwork.golden-hat.initial-backoff=PT1S", "--catwork.golden-hat.max-backoff=PT2S",
                "--catwork.notifications.initial-backoff=PT1S", "--catwork.notifications.max-backoff=PT2S",
                "--catwork.cluster.heartbeat-interval=PT1S", "--catwork.cluster.node-timeout=PT5S"};
    }

    /**
     * Both nodes start {@link #BEFORE_MIDNIGHT} before the Sunday's midnight, by their (shared) clock: time to start
     * (about a minute here) and to drive the flow before the week and the month close.
     */
    @BeforeAll
    static void start() throws IOException {
        Instant midnight = SUNDAY_MONTH_END_MIDNIGHT.atZone(MOSCOW).toInstant();
        Duration offset = Duration.between(Instant.now(), midnight.minus(BEFORE_MIDNIGHT))
                .truncatedTo(ChronoUnit.SECONDS);
        database = TestDatabase.createExtra();
        nodeA = startProcess(database, offset);
        nodeB = StandaloneApp.start(database, withNodeId("node-b", options(offset)));
        clock = nodeB.getBean(CatworkClock.class);
        jdbc = nodeB.getBean(JdbcTemplate.class);
        b = StandaloneApp.api(nodeB);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            assertThat(nodeA.isAlive()).as("node A is up (see %s)", nodeALog).isTrue();
            return ready(a);
        });
    }

    private static Process startProcess(String database, Duration offset) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("catwork-node-a");
        nodeALog = Files.createTempFile("catwork-node-a", ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx320m", "-jar", Path.of("target", "catwork.jar").toString()));
        for (String arg : StandaloneApp.arguments(database, withNodeId("node-a", options(offset)))) {
            command.add(arg.equals("--server.port=0") ? "--server.port=" + port : arg);
        }
        command.add("--catwork.data-dir=" + dataDir);
        a = new Api("http://127.0.0.1:" + port);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(nodeALog.toFile()).start();
    }

    private static String[] withNodeId(String nodeId, String[] options) {
        return Stream.concat(Stream.of(options), Stream.of("--catwork.cluster.node-id=" + nodeId))
                .toArray(String[]::new);
    }

    private static boolean ready(Api node) {
        try {
            return node.get("/actuator/health/readiness").send().status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.destroyForcibly();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        GenericEventMessage.clock = java.time.Clock.systemUTC(); // our shifted clock must not stamp later tests' events
    }

    @Test
    void twoNodesSplitTheWorkAndOneCarriesOnAlone() throws Exception {
        TestSupplier.server().resetRequests();
        TestGoldenHat.server().resetRequests();
        Fixtures viaA = new Fixtures(a);
        Fixtures viaB = new Fixtures(b);

        // both nodes hold a share of every processor's segments
        await().atMost(WAIT).untilAsserted(() -> assertSegmentsSplit(b));

        // orders, hiring and payments through both nodes
        Instant start = clock.instant().plus(Duration.ofMinutes(30));
        Fixtures.AssignedOrder first = viaA.assignedOrder(start, 1);
        Fixtures.AssignedOrder second = viaB.assignedOrder(start, 1);
        assertThat(a.post("/api/clients/me/top-ups").bearer(first.client().token()).json(Map.of("amount", 1000))
                .send().status()).isEqualTo(200);
        // each node caches the aggregates it loads: a copy the other node has moved on since is never used
        String betViaA = bet(a, viaA, first.orderId());
        String betViaB = bet(b, viaB, first.orderId());
        complete(a, viaA, first);
        complete(b, viaB, second);
        assertCachedCopiesAreCheckedAgainstTheStore(viaA, viaB, first.orderId(), betViaA, betViaB);

        // in the middle of the flow: orders placed on both, one left to fail at its check-in deadline, and A dies
        Fixtures.Account assembler = viaB.staff("ASSEMBLER");
        viaB.worker();
        viaB.worker();
        String serviceType = viaB.serviceType(1);
        Fixtures.Account thirdClient = viaA.client();
        Fixtures.Account fourthClient = viaB.client();
        String third = place(a, viaA, thirdClient, serviceType, start);
        String fourth = place(b, viaB, fourthClient, serviceType, start);
        Fixtures.Account lateClient = viaA.client();
        String late = place(a, viaA, lateClient, serviceType, clock.instant().plusSeconds(5));
        // the placement emails have been sent; the kits, cookie orders, assignments and deadlines of these orders
        // are still under way
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from notification_outbox"
                + " where status = 'PENDING'", Long.class) == 0);
        nodeA.destroyForcibly().waitFor();
        Instant killed = Instant.now();

        // B takes over every segment within a minute
        await().atMost(WAIT).untilAsserted(() -> assertThat(held(b)).containsOnlyKeys("node-b")
                .allSatisfy((node, segments) -> assertThat(segments).containsAll(allSegments(b))));
        assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofMinutes(1));

        // and carries the orders A was working on to their end
        Fixtures.AssignedOrder thirdAssigned = readyAndAssigned(viaB, assembler, third, thirdClient);
        Fixtures.AssignedOrder fourthAssigned = readyAndAssigned(viaB, assembler, fourth, fourthClient);
        complete(b, viaB, thirdAssigned);
        complete(b, viaB, fourthAssigned);
        await().atMost(WAIT).until(() -> "FAILED".equals(status(viaB, late, lateClient)));

        // midnight: the week and the month close once; every client charged before it is invoiced once, every
        // worker who earned before it is paid once (an order the flow completed after midnight is the next period's)
        Instant midnight = SUNDAY_MONTH_END_MIDNIGHT.atZone(MOSCOW).toInstant();
        List<Fixtures.AssignedOrder> completed = List.of(first, second, thirdAssigned, fourthAssigned);
        assertThat(eventTime(first.orderId(), "OrderCompletedEvent")).as("this machine took too long to start")
                .isBefore(midnight);
        Set<String> paidWorkers = completed.stream()
                .filter(order -> eventTime(order.orderId(), "OrderCompletedEvent").isBefore(midnight))
                .map(Fixtures.AssignedOrder::workerId).collect(Collectors.toSet());
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            List<JsonNode> runs = list(b.get("/api/admin/billing/runs").bearer(viaB.managerToken()).send().json());
            assertThat(runs).extracting(run -> run.get("kind").asText())
                    .containsExactlyInAnyOrder("CLIENT_WEEKLY", "WORKER_MONTHLY");
            assertThat(runs).allSatisfy(run -> assertThat(run.get("finishedAt").isNull()).isFalse());
            for (Fixtures.AssignedOrder order : completed) {
                boolean charged = eventTime(order.orderId(), "WorkerAssignedEvent").isBefore(midnight);
                assertThat(list(b.get("/api/clients/" + order.client().id() + "/invoices")
                        .bearer(viaB.managerToken()).send().json())).hasSize(charged ? 1 : 0);
                List<JsonNode> invoices = list(b.get("/api/workers/" + order.workerId() + "/invoices")
                        .bearer(viaB.managerToken()).send().json());
                assertThat(invoices).hasSize(paidWorkers.contains(order.workerId()) ? 1 : 0);
                assertThat(invoices).allSatisfy(invoice -> assertThat(invoice.get("status").asText())
                        .isEqualTo("PAID"));
            }
        });

        assertEveryDeadlineFiredOnce(late);
        assertNothingSentTwice(List.of(first.orderId(), second.orderId()), List.of(third, fourth, late),
                completed);
    }

    private static String bet(Api node, Fixtures given, String orderId) {
        Api.Response placed = node.post("/api/orders/" + orderId + "/bets").bearer(given.managerToken())
                .json(Map.of("amount", 10, "outcome", "COMPLETED")).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    /**
     * A placed the first bet, so it caches the pool with that bet alone; B placed the second and, once the order is
     * settled, marks its bet paid. A's copy is now behind the store whichever node settled the pool: used as it is,
     * it would refuse to pay the first bet (not settled yet) or append a sequence number B took (a 409 either way).
     */
    private static void assertCachedCopiesAreCheckedAgainstTheStore(Fixtures viaA, Fixtures viaB, String orderId,
                                                                     String betViaA, String betViaB) {
        await().atMost(WAIT).until(() -> "SETTLED".equals(b.get("/api/orders/" + orderId + "/bets")
                .bearer(viaB.managerToken()).send().json().path("status").asText()));
        Api.Response paidOnB = b.post("/api/bets/" + betViaB + "/paid").bearer(viaB.managerToken()).send();
        assertThat(paidOnB.status()).as(paidOnB.toString()).isEqualTo(200);
        Api.Response paidOnA = a.post("/api/bets/" + betViaA + "/paid").bearer(viaA.managerToken()).send();
        assertThat(paidOnA.status()).as(paidOnA.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%BetPaidEvent'", Long.class, "bets-" + orderId)).isEqualTo(2);
    }

    /** Each node holds about half of all the segments, and both segments of a two-segment processor never together. */
    private static void assertSegmentsSplit(Api node) {
        Map<String, List<String>> held = held(node);
        assertThat(held).containsOnlyKeys("node-a", "node-b");
        Set<String> all = allSegments(node);
        assertThat(held.values().stream().flatMap(List::stream).collect(Collectors.toSet())).isEqualTo(all);
        assertThat(Math.abs(held.get("node-a").size() - held.get("node-b").size())).isLessThanOrEqualTo(1);
        for (List<String> segments : held.values()) {
            Map<String, Long> perProcessor = segments.stream()
                    .collect(Collectors.groupingBy(segment -> segment.substring(0, segment.lastIndexOf('/')),
                            Collectors.counting()));
            assertThat(perProcessor.values()).allSatisfy(count -> assertThat(count).isEqualTo(1));
        }
    }

    /** The segments each alive node holds ({@code processor/segment}), as the operations endpoint shows them. */
    private static Map<String, List<String>> held(Api node) {
        Map<String, List<String>> held = new HashMap<>();
        for (JsonNode each : node.get("/api/admin/nodes").bearer(managerToken(node)).send().json()) {
            if (each.get("alive").asBoolean() && !each.get("segments").isEmpty()) {
                held.put(each.get("id").asText(), list(each.get("segments")).stream().map(JsonNode::asText).toList());
            }
        }
        return held;
    }

    /** Every segment of every streaming processor. */
    private static Set<String> allSegments(Api node) {
        Set<String> all = new HashSet<>();
        for (JsonNode processor : node.get("/api/admin/processors").bearer(managerToken(node)).send().json()) {
            for (JsonNode segment : processor.get("segments")) {
                all.add(processor.get("name").asText() + "/" + segment.get("segment").asInt());
            }
        }
        return all;
    }

    private static String place(Api node, Fixtures given, Fixtures.Account client, String serviceType,
                                Instant start) {
        Api.Response placed = node.post("/api/orders").bearer(client.token())
                .json(given.orderRequest(serviceType, start)).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.json().get("id").asText();
    }

    private static String status(Fixtures given, String orderId, Fixtures.Account client) {
        return b.get("/api/orders/" + orderId).bearer(client.token()).send().json().path("status").asText();
    }

    private static Fixtures.AssignedOrder readyAndAssigned(Fixtures given, Fixtures.Account assembler, String orderId,
                                                           Fixtures.Account client) {
        String[] kit = new String[1];
        await().atMost(WAIT).until(() -> {
            kit[0] = list(b.get("/api/supply-kits").bearer(assembler.token()).send().json()).stream()
                    .filter(candidate -> candidate.get("orderId").asText().equals(orderId))
                    .map(candidate -> candidate.get("id").asText()).findFirst().orElse(null);
            return kit[0] != null;
        });
        await().atMost(WAIT).until(() -> b.post("/api/supply-kits/" + kit[0] + "/cookie-received")
                .bearer(assembler.token()).send().status() == 200);
        assertThat(b.post("/api/supply-kits/" + kit[0] + "/packed").bearer(assembler.token()).send().status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> "ASSIGNED".equals(status(given, orderId, client)));
        return new Fixtures.AssignedOrder(orderId, b.get("/api/orders/" + orderId).bearer(client.token()).send()
                .json().get("workerId").asText(), client);
    }

    private static void complete(Api node, Fixtures given, Fixtures.AssignedOrder order) {
        String worker = given.workerToken(order.workerId());
        Api.Response checkIn = node.post("/api/orders/" + order.orderId() + "/check-in").bearer(worker)
                .multipart("photo", "me.png", Fixtures.png(), "image/png").send();
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
        Api.Response report = node.post("/api/orders/" + order.orderId() + "/report").bearer(worker)
                .multipart("photo", "r.png", Fixtures.png(), "image/png").send();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(status(given, order.orderId(), order.client())));
    }

    /** The late order failed once at its check-in deadline; the completed ones never failed; no deadline is left. */
    private static void assertEveryDeadlineFiredOnce(String late) {
        assertThat(events(late, "OrderFailedEvent")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like"
                + " '%OrderFailedEvent'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'"
                + " and picked", Long.class)).isZero();
    }

    /** When the order's event of {@code type} happened, by the nodes' clock. */
    private static Instant eventTime(String orderId, String type) {
        return Instant.parse(jdbc.queryForObject("select time_stamp from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like ?", String.class, orderId, "%" + type));
    }

    private static long events(String aggregate, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like ?", Long.class, aggregate, "%" + type);
    }

    /**
     * Every email of this database was delivered once; every order's cookie was ordered under its own key only
     * (once, or for an order placed as the node died, at most twice under that key); every worker invoice was paid
     * out with one request.
     */
    private static void assertNothingSentTwice(List<String> beforeTheKill, List<String> atTheKill,
                                               List<Fixtures.AssignedOrder> completed) {
        Set<String> ours = new HashSet<>(jdbc.queryForList("select cast(id as varchar) from notification_outbox",
                String.class));
        Map<String, Long> delivered = TestSmtp.messagesTo(address -> true).stream()
                .map(TestSmtp::notificationId)
                .filter(ours::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(delivered).isNotEmpty().allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));

        for (String orderId : Stream.concat(beforeTheKill.stream(), atTheKill.stream()).toList()) {
            long requests = TestSupplier.server().countRequestsMatching(postRequestedFor(
                    urlEqualTo("/v1/cookie-orders")).withHeader("Idempotency-Key", equalTo(orderId)).build()).getCount();
            // a request on the wire when its node is killed, or sent before the node could record it, is sent again
            // by the other node (db-scheduler revives the dead execution) under the same Idempotency-Key, which the
            // supplier answers with the same order (INTEGRATIONS.md): one cookie ordered
            assertThat(requests).as("cookie orders of %s", orderId)
                    .isBetween(1L, atTheKill.contains(orderId) ? 2L : 1L);
        }
        for (JsonNode issued : completed.stream().map(Fixtures.AssignedOrder::workerId).distinct()
                .flatMap(worker -> list(b.get("/api/workers/" + worker + "/invoices").bearer(managerToken(b)).send()
                        .json()).stream()).toList()) {
            String invoice = issued.get("id").asText();
            long payouts = TestGoldenHat.server().countRequestsMatching(postRequestedFor(urlEqualTo("/v1/payouts"))
                    .withHeader("Idempotency-Key", equalTo(invoice)).build()).getCount();
            assertThat(payouts).as("payouts of invoice %s", invoice).isEqualTo(1);
        }
    }

    private static final Map<Api, Fixtures> managers = new HashMap<>();

    private static String managerToken(Api node) {
        return managers.computeIfAbsent(node, Fixtures::new).managerToken();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
