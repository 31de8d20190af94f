package io.catwork.ops.testing;

import io.catwork.ops.CatworkApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole application of its own on a given database, for tests that stop one and start another (restarts). */
public final class StandaloneApp {
    private StandaloneApp() {
    }

    public static ConfigurableApplicationContext start(String database, String... extraArgs) {
        return new SpringApplicationBuilder(CatworkApplication.class).run(arguments(database, extraArgs));
    }

    /** The command line of {@link #start}: for a node started as a process of its own, {@code java -jar}. */
    public static String[] arguments(String database, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--catwork.security.jwt-secret=" + IntegrationTest.JWT_SECRET,
                "--catwork.supplier.webhook-secret=" + TestSupplier.WEBHOOK_SECRET,
                "--catwork.golden-hat.webhook-secret=" + TestGoldenHat.WEBHOOK_SECRET));
        args.addAll(List.of(extraArgs));
        return argumentsWithout(database, args.toArray(String[]::new));
    }

    /** As {@link #start}, but with none of the secrets a node on PostgreSQL needs unless {@code extraArgs} has them. */
    public static ConfigurableApplicationContext startWithout(String database, String... extraArgs) {
        return new SpringApplicationBuilder(CatworkApplication.class).run(argumentsWithout(database, extraArgs));
    }

    private static String[] argumentsWithout(String database, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSmtp.port(),
                "--catwork.admin.email=" + IntegrationTest.ADMIN_EMAIL,
                "--catwork.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                // these applications test restarts and matching, not limits: a test may sign up many clients
                "--catwork.rate-limit.trusted-proxies=127.0.0.1", "--catwork.rate-limit.signups.per-address=1000",
                "--catwork.rate-limit.logins.per-address=1000"));
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    public static Api api(ConfigurableApplicationContext context) {
        return new Api("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
