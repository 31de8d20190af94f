package io.catwork.ops.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.catwork.ops.e2e.SecurityIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.catwork.common.api.WebhookSignatures;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import io.catwork.ops.testing.TestSmtp;
import io.catwork.ops.testing.TestSupplier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The cookie supplier (INTEGRATIONS.md) as a real HTTP server on loopback, with its failures, and its webhook. */
class SupplierIT extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    private static ResponseDefinitionBuilder accepted(String supplierOrderId, int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"supplierOrderId\": \"" + supplierOrderId + "\", \"eta\": \"2030-01-01T10:00:00Z\"}");
    }

    private static MappingBuilder ordersOf(String email) {
        return post(urlEqualTo("/v1/cookie-orders")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.client.email", equalTo(email)));
    }

    private Optional<JsonNode> kitOf(String orderId) {
        JsonNode kits = api.get("/api/supply-kits").bearer(given.managerToken()).send().json();
        return StreamSupport.stream(kits.spliterator(), false)
                .filter(kit -> kit.get("orderId").asText().equals(orderId)).findFirst();
    }

    private void awaitCookie(String orderId, String status) {
        await().atMost(WAIT).until(() -> kitOf(orderId).map(kit -> kit.get("cookie").get("status").asText())
                .filter(status::equals).isPresent());
    }

    private List<LoggedRequest> requestsOf(String email) {
        return TestSupplier.server().findAll(postRequestedFor(urlEqualTo("/v1/cookie-orders"))
                .withRequestBody(matchingJsonPath("$.client.email", equalTo(email))));
    }

    @Test
    void aNewOrderOrdersItsCookieWithTheOrderAsIdempotencyKey() {
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "CONFIRMED");
        assertThat(kitOf(orderId).orElseThrow().get("cookie").get("supplierOrderId").asText()).isEqualTo("SUP-DEFAULT");
        List<LoggedRequest> sent = requestsOf(client.email());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Idempotency-Key")).isEqualTo(orderId);
        String body = sent.get(0).getBodyAsString();
        assertThat(body).contains("\"reference\":\"" + orderId + "\"").contains("\"name\":\"Murka\"")
                .contains("\"phone\":\"+7 900 123-45-67\"").contains("\"address\":\"Roof 7, Cat Street\"")
                .contains("\"deliverBy\"");
    }

    @Test
    void aServerErrorIsRetriedWithBackoffUntilTheSupplierTakesTheOrder() {
        Fixtures.Account client = given.client();
        TestSupplier.server().stubFor(ordersOf(client.email()).inScenario("5xx " + client.email())
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        TestSupplier.server().stubFor(ordersOf(client.email()).inScenario("5xx " + client.email())
                .whenScenarioStateIs("up").willReturn(accepted("SUP-AFTER-5XX", 201)));
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "CONFIRMED");
        assertThat(kitOf(orderId).orElseThrow().get("cookie").get("supplierOrderId").asText())
                .isEqualTo("SUP-AFTER-5XX");
        assertThat(requestsOf(client.email())).hasSize(2)
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo(orderId));
    }

    @Test
    void aTimeoutIsRetriedAndAReplayed409CountsAsAccepted() {
        Fixtures.Account client = given.client();
        TestSupplier.server().stubFor(ordersOf(client.email()).inScenario("slow " + client.email())
                .whenScenarioStateIs(STARTED).willReturn(accepted("SUP-TOO-LATE", 201).withFixedDelay(3000))
                .willSetStateTo("replay"));
        TestSupplier.server().stubFor(ordersOf(client.email()).inScenario("slow " + client.email())
                .whenScenarioStateIs("replay").willReturn(accepted("SUP-REPLAYED", 409)));
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "CONFIRMED");
        assertThat(kitOf(orderId).orElseThrow().get("cookie").get("supplierOrderId").asText())
                .isEqualTo("SUP-REPLAYED");
    }

    @Test
    void aPermanentRefusalFlagsTheKitAndTellsTheAssemblers() {
        Fixtures.Account assembler = given.staff("ASSEMBLER");
        Fixtures.Account client = given.client();
        TestSupplier.server().stubFor(ordersOf(client.email()).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\": \"we do not deliver to roofs\"}")));
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "FAILED");
        assertThat(kitOf(orderId).orElseThrow().get("status").asText()).isEqualTo("COOKIE_ORDER_FAILED");
        assertThat(requestsOf(client.email())).hasSize(1);
        await().atMost(WAIT).until(() -> TestSmtp.messagesTo(assembler.email()).stream().anyMatch(mail ->
                TestSmtp.subject(mail).equals("Заказ " + orderId + ": печенье не заказано, набор требует внимания")
                        && TestSmtp.body(mail).contains("we do not deliver to roofs")));

        String kitId = kitOf(orderId).orElseThrow().get("id").asText();
        assertThat(api.post("/api/supply-kits/" + kitId + "/cookie-received").bearer(assembler.token()).send()
                .status()).as("an assembler can still get the cookie by hand").isEqualTo(200);
        awaitCookie(orderId, "DELIVERED");
    }

    @Test
    void afterTheLastRetryTheKitIsFlagged() {
        Fixtures.Account client = given.client();
        TestSupplier.server().stubFor(ordersOf(client.email()).willReturn(aResponse().withStatus(502)));
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "FAILED");
        assertThat(requestsOf(client.email())).as("catwork.supplier.max-attempts=3").hasSize(3);
        String manager = given.managerToken();
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.get("/api/orders/" + orderId).bearer(manager).send()
                .json().get("kitStatus").asText()).as("the order mirrors its kit").isEqualTo("COOKIE_ORDER_FAILED"));
    }

    @Test
    void theSignedWebhookDeliversTheCookieOnceAndForgeriesChangeNothing() {
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "CONFIRMED");
        String eventId = "evt-" + UUID.randomUUID();
        byte[] body = ("{\"eventId\": \"" + eventId + "\", \"type\": \"cookie.delivered\", \"supplierOrderId\": "
                + "\"SUP-DEFAULT\", \"reference\": \"" + orderId + "\"}").getBytes(StandardCharsets.UTF_8);
        long events = eventCount();

        assertProblem(webhook(body, "t=" + Instant.now().getEpochSecond() + ",v1=" + "ab".repeat(32)), 401);
        assertProblem(webhook(body, null), 401);
        assertProblem(webhook(body, "t=99999999999999999,v1=00"), 401);
        assertProblem(webhook(body, "t=-9223372036854775808,v1=00"), 401);
        assertProblem(webhook(body, "t=1e9,v1=00"), 401);
        assertProblem(webhook(body, WebhookSignatures.sign(TestSupplier.WEBHOOK_SECRET,
                Instant.now().minusSeconds(301).getEpochSecond(), body)), 401);
        assertProblem(webhook(body, WebhookSignatures.sign("another-secret", Instant.now().getEpochSecond(), body)),
                401);
        byte[] longId = ("{\"eventId\": \"" + "e".repeat(201) + "\", \"type\": \"cookie.delivered\", "
                + "\"reference\": \"" + orderId + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Response tooLong = webhook(longId, WebhookSignatures.sign(TestSupplier.WEBHOOK_SECRET,
                Instant.now().getEpochSecond(), longId));
        assertProblem(tooLong, 400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("eventId");
        assertThat(eventCount()).as("refused webhooks change nothing").isEqualTo(events);

        String signature = WebhookSignatures.sign(TestSupplier.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body);
        assertThat(webhook(body, signature).status()).isEqualTo(204);
        awaitCookie(orderId, "DELIVERED");
        long afterDelivery = eventCount();
        assertThat(webhook(body, signature).status()).as("a replayed event id is accepted").isEqualTo(204);
        assertThat(eventCount()).as("and ignored").isEqualTo(afterDelivery);
    }

    /** Two identical deliveries at the same moment: both are accepted, the cookie is received once. */
    @Test
    void identicalDeliveriesAtTheSameMomentHaveOneEffect() throws Exception {
        Fixtures.Account client = given.client();
        String orderId = given.order(client, given.serviceType());
        awaitCookie(orderId, "CONFIRMED");
        byte[] body = ("{\"eventId\": \"evt-" + UUID.randomUUID() + "\", \"type\": \"cookie.delivered\", "
                + "\"reference\": \"" + orderId + "\"}").getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignatures.sign(TestSupplier.WEBHOOK_SECRET, Instant.now().getEpochSecond(), body);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                statuses.add(senders.submit(() -> {
                    together.await();
                    return webhook(body, signature).status();
                }));
            }
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(204);
            }
        } finally {
            senders.shutdownNow();
        }
        awaitCookie(orderId, "DELIVERED");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%CookieReceivedEvent' and convert_from(payload, 'UTF8') like ?", Long.class, "%" + orderId + "%"))
                .isEqualTo(1);
    }

    private Api.Response webhook(byte[] body, String signature) {
        Api.Call call = api.post("/api/integrations/supplier/events").json(new String(body, StandardCharsets.UTF_8));
        return signature == null ? call.send() : call.header("X-Signature", signature).send();
    }
}
