package io.catwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.catwork.ops.testing.DeployFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/} and the {@code Dockerfile} hang together: the services compose names exist, Prometheus scrapes the
 * Catwork service on its port with the token Catwork is given, Grafana's provisioning points at files that exist and at
 * the Prometheus service, the dashboard names the provisioned datasource, and the image copies the jar the build
 * makes. (Docker is not on the build machines; that every metric of the dashboard is really exposed is
 * {@code MetricsScrapeIT}'s.)
 */
class DeployFilesTest {
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:-[^}]*)?}");

    private final Map<String, Object> compose = DeployFiles.yaml("deploy/compose.yaml");

    @Test
    void composeRunsTheWholeStack() {
        assertThat(services().keySet()).contains("postgres", "catwork", "prometheus", "grafana", "mailpit");
        assertThat((String) service("postgres").get("image")).startsWith("postgres:15");
        assertThat((String) service("mailpit").get("image")).startsWith("axllent/mailpit");

        Map<String, Object> catwork = service("catwork");
        Map<String, Object> build = map(catwork.get("build"));
        Path context = DeployFiles.file("deploy").resolve((String) build.get("context")).normalize();
        assertThat(context).isEqualTo(DeployFiles.root());
        assertThat(context.resolve((String) build.get("dockerfile"))).isRegularFile();

        Map<String, Object> env = environment(catwork);
        Map<String, Object> database = environment(service("postgres"));
        assertThat(env.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
        assertThat(env.get("SPRING_MAIL_HOST")).as("Catwork's SMTP is the mail catcher").isEqualTo("mailpit");
        assertThat(String.valueOf(env.get("SPRING_MAIL_PORT"))).isEqualTo("1025");
        assertThat(env).as("the secrets a node on PostgreSQL refuses to start without (RequiredSecrets)")
                .containsKeys("CATWORK_SECURITY_JWTSECRET", "CATWORK_SUPPLIER_WEBHOOKSECRET",
                        "CATWORK_GOLDENHAT_WEBHOOKSECRET");
        Object dependsOn = catwork.get("depends_on");
        Set<Object> dependencies = new HashSet<>(dependsOn instanceof Map<?, ?> byName ? byName.keySet()
                : list(dependsOn));
        assertThat(dependencies).contains("postgres", "mailpit");
    }

    @Test
    void secretsComeFromTheEnvironmentWithMarkedDevelopmentDefaults() {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            environment(map(service.getValue())).forEach((key, value) -> {
                if (key.matches(".*(PASSWORD|SECRET|TOKEN).*")) {
                    assertThat(String.valueOf(value)).as(service.getKey() + " " + key).matches(INTERPOLATION);
                }
            });
        }
        List<String> lines = DeployFiles.text("deploy/compose.yaml").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(":-") && !lines.get(i).trim().startsWith("#")) {
                boolean marked = lines.get(i).contains("DEV DEFAULT") || lines.get(i - 1).contains("DEV DEFAULT");
                assertThat(marked).as("line " + (i + 1) + " has a default marked as for development: " + lines.get(i))
                        .isTrue();
            }
        }
    }

    @Test
    void mountedFilesExist() {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            for (Object volume : list(map(service.getValue()).get("volumes"))) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(DeployFiles.file("deploy").resolve(source)).as(service.getKey() + " mounts " + source)
                            .exists();
                }
            }
        }
    }

    @Test
    void prometheusScrapesCatworkWithTheScrapeToken() {
        Map<String, Object> prometheus = DeployFiles.yaml("deploy/prometheus/prometheus.yml");
        Map<String, Object> job = list(prometheus.get("scrape_configs")).stream().map(DeployFilesTest::map)
                .filter(candidate -> "catwork".equals(candidate.get("job_name"))).findFirst().orElseThrow();
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        List<Object> targets = list(map(list(job.get("static_configs")).get(0)).get("targets"));
        assertThat(targets).containsExactly("catwork:" + containerPort(service("catwork")));
        assertThat(containerPort(service("catwork"))).as("Catwork's server.port").isEqualTo(8080);

        Map<String, Object> authorization = map(job.get("authorization"));
        assertThat(authorization.get("type")).isEqualTo("Bearer");
        String tokenFile = (String) authorization.get("credentials_file");
        Map<String, Object> server = service("prometheus");
        Map<String, Object> mounted = list(server.get("configs")).stream().map(DeployFilesTest::map)
                .filter(config -> tokenFile.equals(config.get("target"))).findFirst().orElseThrow(() ->
                        new AssertionError("no config of the prometheus service is mounted at " + tokenFile));
        Map<String, Object> config = map(map(compose.get("configs")).get((String) mounted.get("source")));
        assertThat(config.get("content")).as("the token Prometheus sends is the one Catwork accepts")
                .isEqualTo(environment(service("catwork")).get("CATWORK_METRICS_SCRAPETOKEN"));

        String configFile = list(server.get("command")).stream().map(String::valueOf)
                .filter(argument -> argument.startsWith("--config.file=")).findFirst().orElseThrow()
                .substring("--config.file=".length());
        assertThat(list(server.get("volumes"))).contains("./prometheus/prometheus.yml:" + configFile + ":ro");
    }

    @Test
    void grafanaIsProvisionedWithPrometheusAndTheDashboard() {
        Map<String, Object> grafana = service("grafana");
        Path provisioning = hostPath(grafana, "/etc/grafana/provisioning")
                .orElseThrow(() -> new AssertionError("grafana's provisioning is not mounted"));

        Map<String, Object> datasources = DeployFiles.yaml(DeployFiles.root().relativize(
                provisioning.resolve("datasources/prometheus.yaml")).toString());
        Map<String, Object> datasource = map(list(datasources.get("datasources")).get(0));
        assertThat(datasource.get("type")).isEqualTo("prometheus");
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:" + containerPort(service("prometheus")));

        Map<String, Object> dashboards = DeployFiles.yaml(DeployFiles.root().relativize(
                provisioning.resolve("dashboards/catwork.yaml")).toString());
        String path = (String) map(map(list(dashboards.get("providers")).get(0)).get("options")).get("path");
        Path dashboardDir = hostPath(grafana, path).orElseThrow(() ->
                new AssertionError("the dashboards' folder " + path + " is not mounted into grafana"));
        assertThat(dashboardDir.resolve("catwork.json")).isRegularFile()
                .isEqualTo(DeployFiles.file("deploy/grafana/dashboards/catwork.json"));
        String home = (String) environment(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertThat(home).isEqualTo(path + "/catwork.json");

        JsonNode dashboard = DeployFiles.json("deploy/grafana/dashboards/catwork.json");
        List<String> uids = new ArrayList<>();
        dashboard.findValues("datasource").forEach(named -> uids.add(named.path("uid").asText()));
        assertThat(uids).isNotEmpty().allMatch(uid -> uid.equals(datasource.get("uid")));
    }

    @Test
    void theDashboardShowsWhatOperationsNeed() {
        JsonNode dashboard = DeployFiles.json("deploy/grafana/dashboards/catwork.json");
        List<String> expressions = DeployFiles.expressions(dashboard);
        assertThat(expressions).allSatisfy(expression ->
                assertThat(DeployFiles.metricNames(expression)).as(expression).isNotEmpty());
        Set<String> metrics = new HashSet<>();
        expressions.forEach(expression -> metrics.addAll(DeployFiles.metricNames(expression)));
        assertThat(metrics).contains("commandBus_successCounter_total", "commandBus_allTimer_seconds_count",
                "catwork_processor_lag", "catwork_dead_letters", "catwork_emails", "catwork_payouts",
                "http_server_requests_seconds_bucket");
        assertThat(expressions).anyMatch(expression -> expression.startsWith("histogram_quantile(0.99,"));
        Set<Integer> ids = new HashSet<>();
        dashboard.path("panels").forEach(panel -> assertThat(ids.add(panel.path("id").asInt())).isTrue());
    }

    @Test
    void promQlMetricNamesAreFound() {
        assertThat(DeployFiles.metricNames("histogram_quantile(0.99, sum by (le, uri) "
                + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(DeployFiles.metricNames("sum(rate(a_sum[5m])) by (x) / sum(rate(a_count[1m] offset 5m)) > 1e3"))
                .containsExactly("a_count", "a_sum");
        assertThat(DeployFiles.metricNames("max by (status) (catwork_emails) or on() vector(0)"))
                .containsExactly("catwork_emails");
    }

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsTheJarTheBuildMakes() throws Exception {
        String dockerfile = DeployFiles.text("Dockerfile");
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jdk AS build$")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
                .containsPattern("(?m)^RUN .*\\./mvnw .*package");
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>")
                .matcher(DeployFiles.text("ops/pom.xml"));
        assertThat(finalName.find()).isTrue();
        String jar = "ops/target/" + finalName.group(1) + ".jar";
        Matcher workdir = Pattern.compile("(?m)^WORKDIR (\\S+)$").matcher(dockerfile);
        assertThat(workdir.find()).isTrue();
        assertThat(dockerfile).contains("COPY --from=build " + workdir.group(1) + "/" + jar + " /app/catwork.jar")
                .contains("-jar /app/catwork.jar");

        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
        assertThat(user.find()).as("the image runs as a user of its own").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(dockerfile).containsPattern("JAVA_OPTS=\"[^\"]*-Xmx512m");

        List<String> ignored = DeployFiles.text(".dockerignore").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(.+) (\\S+)$").matcher(dockerfile);
        while (copy.find()) {
            for (String source : copy.group(1).trim().split("\\s+")) {
                assertThat(DeployFiles.file(source)).as("COPY " + source).exists();
                String top = source.replaceAll("/$", "");
                assertThat(ignored).as(".dockerignore leaves " + source + " in the context")
                        .noneMatch(pattern -> pattern.replaceAll("/$", "").equals(top));
            }
        }
        assertThat(Files.isExecutable(DeployFiles.file("mvnw"))).isTrue();
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Object> service(String name) {
        Map<String, Object> service = map(services().get(name));
        assertThat(service).as("service " + name).isNotEmpty();
        return service;
    }

    private static Map<String, Object> environment(Map<String, Object> service) {
        return map(service.get("environment"));
    }

    /** The port a service listens on inside the network: the container side of its first published port. */
    private static int containerPort(Map<String, Object> service) {
        String published = String.valueOf(list(service.get("ports")).get(0));
        return Integer.parseInt(published.substring(published.lastIndexOf(':') + 1));
    }

    /** The directory of deploy/ that a service mounts at {@code target}. */
    private static Optional<Path> hostPath(Map<String, Object> service, String target) {
        for (Object volume : list(service.get("volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length >= 2 && parts[1].equals(target) && parts[0].startsWith(".")) {
                return Optional.of(DeployFiles.file("deploy").resolve(parts[0]).normalize());
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
