package io.catwork.ops.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Golden Hat of the test run: a real WireMock server on loopback. By default it pays every payout at once (201
 * SUCCEEDED); a test adds its own stubs, matched on its own invoice, for Golden Hat's failures.
 */
public final class TestGoldenHat {
    public static final String WEBHOOK_SECRET = "test-golden-hat-webhook-secret";
    public static final String API_KEY = "test-golden-hat-api-key";
    private static final WireMockServer SERVER = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        SERVER.start();
        SERVER.stubFor(post(urlEqualTo("/v1/payouts")).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"payoutId\": \"GH-DEFAULT\", \"status\": \"SUCCEEDED\"}")));
    }

    private TestGoldenHat() {
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + SERVER.port();
    }

    public static WireMockServer server() {
        return SERVER;
    }
}
