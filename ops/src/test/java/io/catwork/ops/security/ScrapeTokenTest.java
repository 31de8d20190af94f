package io.catwork.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catwork.ops.metrics.CatworkMetricsProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Prometheus' scrape token opens GET /actuator/prometheus and nothing else; unset, it opens nothing. */
class ScrapeTokenTest {
    private static final String TOKEN = "a-scrape-token-of-32-characters!";

    @Test
    void theTokenOpensThePrometheusEndpoint() {
        ScrapeToken scrape = new ScrapeToken(TOKEN);
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer " + TOKEN))).isTrue();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "bearer " + TOKEN))).isTrue();
    }

    @Test
    void aWrongOrMissingTokenOpensNothing() {
        ScrapeToken scrape = new ScrapeToken(TOKEN);
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer " + TOKEN + "x"))).isFalse();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer " + TOKEN.substring(1)))).isFalse();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer "))).isFalse();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Basic " + TOKEN))).isFalse();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", TOKEN))).isFalse();
        assertThat(scrape.matches(request("GET", "/actuator/prometheus", null))).isFalse();
    }

    @Test
    void theTokenOpensNoOtherEndpointNorMethod() {
        ScrapeToken scrape = new ScrapeToken(TOKEN);
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator/prometheus/x",
                "/api/admin/processors", "/api/orders", "/actuator/health"}) {
            assertThat(scrape.matches(request("GET", path, "Bearer " + TOKEN))).as(path).isFalse();
        }
        for (String method : new String[] {"POST", "PUT", "DELETE", "HEAD", "OPTIONS"}) {
            assertThat(scrape.matches(request(method, "/actuator/prometheus", "Bearer " + TOKEN))).as(method)
                    .isFalse();
        }
    }

    @Test
    void withoutConfigurationNothingMatches() {
        for (String unset : new String[] {null, "", "   "}) {
            ScrapeToken scrape = new ScrapeToken(new CatworkMetricsProperties(unset, Duration.ofSeconds(5))
                    .scrapeToken());
            assertThat(scrape.configured()).isFalse();
            assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer "))).isFalse();
            assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer " + unset))).isFalse();
            assertThat(scrape.matches(request("GET", "/actuator/prometheus", "Bearer null"))).isFalse();
        }
    }

    @Test
    void aShortTokenIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CatworkMetricsProperties("short", null))
                .hasMessageContaining("catwork.metrics.scrape-token");
    }

    private static MockHttpServletRequest request(String method, String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
