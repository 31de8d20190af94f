package io.catwork.ops.testing;

import io.catwork.ops.CatworkApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every end-to-end test: the whole application on this run's PostgreSQL database, on a random port,
 * sending mail to the run's {@link TestSmtp} server. 127.0.0.1 is a trusted proxy, so a test acts as many clients of
 * the rate-limited application endpoint by sending {@code X-Forwarded-For} ({@link Api#asClient}).
 * All subclasses share one Spring context; each test makes its own accounts and data, so they never collide.
 */
@SpringBootTest(classes = CatworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "catwork.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "catwork.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "catwork.notifications.initial-backoff=PT1S",
                "catwork.notifications.max-backoff=PT2S",
                "catwork.rate-limit.trusted-proxies=127.0.0.1",
                "catwork.matching.retry-interval=PT1S",
                "catwork.orders.min-lead-time=PT10S",
                "catwork.orders.check-in-grace=PT3S",
                "catwork.orders.report-grace=PT1S",
                "catwork.supplier.read-timeout=PT1S",
                "catwork.supplier.initial-backoff=PT1S",
                "catwork.supplier.max-attempts=3",
                "catwork.metrics.scrape-token=" + IntegrationTest.SCRAPE_TOKEN})
@AutoConfigureObservability
public abstract class IntegrationTest {
    public static final String ADMIN_EMAIL = "admin@catwork.test";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    /** The bearer tokens' key of every test application (on PostgreSQL a node will not start without one). */
    public static final String JWT_SECRET = "Y2F0d29yay10ZXN0LWp3dC1zZWNyZXQtMzItYnl0ZXMhIQ==";
    /** Prometheus' long-lived token of every test application: it opens GET /actuator/prometheus and nothing else. */
    public static final String SCRAPE_TOKEN = "catwork-test-scrape-token-0123456789";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;
    protected Fixtures given;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
        registry.add("catwork.supplier.base-url", TestSupplier::baseUrl);
        registry.add("catwork.supplier.webhook-secret", () -> TestSupplier.WEBHOOK_SECRET);
        registry.add("catwork.golden-hat.base-url", TestGoldenHat::baseUrl);
        registry.add("catwork.golden-hat.webhook-secret", () -> TestGoldenHat.WEBHOOK_SECRET);
        registry.add("catwork.security.jwt-secret", () -> JWT_SECRET);
    }

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
        given = new Fixtures(api);
    }

    protected long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
