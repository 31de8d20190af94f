package io.catwork.billing.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Golden Hat's HTTP API (INTEGRATIONS.md), with the invoice's Idempotency-Key and the API key as a bearer token. */
@Component
@ConditionalOnExpression("'${catwork.golden-hat.base-url:}' != ''")
class HttpGoldenHatGateway implements GoldenHatGateway {
    /** The longest payout id and failure reason kept. */
    static final int MAX_PAYOUT_ID = 200;
    static final int MAX_REASON = 400;
    private static final Set<String> STATUSES = Set.of("PENDING", "SUCCEEDED", "FAILED");

    private final GoldenHatProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    HttpGoldenHatGateway(GoldenHatProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    @Override
    public Result pay(PayoutRequest request) {
        String body;
        try {
            body = json.writeValueAsString(Map.of("reference", request.invoiceId(), "recipient", request.recipient(),
                    "amount", request.amount(), "currency", "KU"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(authorized(HttpRequest.newBuilder(uri("/v1/payouts")))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), true);
    }

    @Override
    public Result status(String payoutId) {
        return send(authorized(HttpRequest.newBuilder(uri("/v1/payouts/"
                + URLEncoder.encode(payoutId, StandardCharsets.UTF_8)))).GET().build(), false);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        request.timeout(properties.readTimeout());
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey());
        }
        return request;
    }

    private URI uri(String path) {
        return URI.create(properties.baseUrl().replaceAll("/+$", "") + path);
    }

    private Result send(HttpRequest request, boolean creating) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new RetryLater("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RetryLater("interrupted");
        }
        int status = response.statusCode();
        if (status == 200 || status == 201 || (creating && status == 409)) {
            return read(status, response.body());
        }
        if (status >= 500 || status == 429 || status == 408) {
            return new RetryLater("HTTP " + status);
        }
        return new Refused(abbreviate("HTTP " + status + ": " + response.body()));
    }

    private Result read(int status, String body) {
        try {
            JsonNode answer = json.readTree(body);
            String payoutId = answer.path("payoutId").asText("");
            String payoutStatus = answer.path("status").asText("");
            if (payoutId.isBlank() || payoutId.length() > MAX_PAYOUT_ID || !STATUSES.contains(payoutStatus)) {
                return new RetryLater("HTTP " + status + " without a usable payoutId and status");
            }
            String reason = answer.path("failureReason").asText(null);
            return new Answered(payoutId, payoutStatus, reason == null ? null : abbreviate(reason));
        } catch (IOException | RuntimeException e) {
            return new RetryLater("HTTP " + status + " with an unreadable answer");
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }
}
