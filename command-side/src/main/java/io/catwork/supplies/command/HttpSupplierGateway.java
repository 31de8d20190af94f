package io.catwork.supplies.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** The supplier's HTTP API: {@code POST {base-url}/v1/cookie-orders} with the order id as Idempotency-Key. */
@Component
@ConditionalOnExpression("'${catwork.supplier.base-url:}' != ''")
class HttpSupplierGateway implements SupplierGateway {
    /** The longest supplier order id kept ({@code supply_kit_view.supplier_order_id}). */
    static final int MAX_SUPPLIER_ORDER_ID = 100;
    private final SupplierProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;

    HttpSupplierGateway(SupplierProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    @Override
    public Result order(CookieOrderRequest request) {
        String body;
        try {
            body = json.writeValueAsString(Map.of("reference", request.orderId(),
                    "deliverBy", request.deliverBy().toString(), "client", Map.of("name", request.name(),
                            "email", request.email(), "phone", request.phone(), "address", request.address())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(properties.baseUrl().replaceAll("/+$", "")
                        + "/v1/cookie-orders"))
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", request.orderId())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new RetryLater("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RetryLater("interrupted");
        }
        int status = response.statusCode();
        if (status == 201 || status == 409) {
            try {
                JsonNode answer = json.readTree(response.body());
                String supplierOrderId = answer.path("supplierOrderId").asText(null);
                if (supplierOrderId == null || supplierOrderId.isBlank()
                        || supplierOrderId.length() > MAX_SUPPLIER_ORDER_ID) {
                    return new RetryLater("HTTP " + status + " without a usable supplierOrderId");
                }
                String eta = answer.path("eta").asText(null);
                return new Accepted(supplierOrderId, eta == null ? null : Instant.parse(eta));
            } catch (IOException | RuntimeException e) {
                return new RetryLater("HTTP " + status + " with an unreadable answer");
            }
        }
        if (status >= 500 || status == 429 || status == 408) {
            return new RetryLater("HTTP " + status);
        }
        return new Refused("HTTP " + status + ": " + abbreviate(response.body()));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
