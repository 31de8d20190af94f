package io.catwork.ops.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The cookie supplier of the test run: a real WireMock server on loopback. By default it accepts every order (201);
 * a test adds its own stubs, matched on its own client's email, for the supplier's failures.
 */
public final class TestSupplier {
    public static final String WEBHOOK_SECRET = "test-supplier-webhook-secret";
    private static final WireMockServer SERVER = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        SERVER.start();
        SERVER.stubFor(post(urlEqualTo("/v1/cookie-orders")).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"supplierOrderId\": \"SUP-DEFAULT\", \"eta\": \"2030-01-01T10:00:00Z\"}")));
    }

    private TestSupplier() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.port();
    }

    public static WireMockServer server() {
        return SERVER;
    }
}
