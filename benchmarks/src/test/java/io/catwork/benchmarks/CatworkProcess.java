package io.catwork.benchmarks;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** catwork.jar as its own process with a 512 MB heap, on a fresh PostgreSQL database that is dropped afterwards. */
final class CatworkProcess implements AutoCloseable {
    static final String ADMIN = "admin@catwork.local";
    static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final String PG = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
    private static final long CLOCK_TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux
    private static final String PG_USER = System.getProperty("bench.pg-user", "postgres");

    final int port;
    final String database;
    private final boolean ownsDatabase;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();
    private String managerToken;

    /** On a fresh database of its own, which {@link #close()} drops. */
    CatworkProcess(List<String> extraArgs) throws Exception {
        this(createDatabase(), true, extraArgs);
    }

    /**
     * On an existing database ({@link #createDatabase()}), which {@link #close()} keeps: for a benchmark that stops
     * Catwork, writes to its database and starts it again. Its log is appended to the same file.
     */
    static CatworkProcess onDatabase(String database, List<String> extraArgs) throws Exception {
        return new CatworkProcess(database, false, extraArgs);
    }

    private CatworkProcess(String database, boolean ownsDatabase, List<String> extraArgs) throws Exception {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        port = freePort();
        String jar = System.getProperty("catwork.jar", "../ops/target/catwork.jar");
        // the JIT's threads stay for the whole run, so their CPU can be told apart (compilerCpuSeconds)
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:-UseDynamicNumberOfCompilerThreads"));
        String jvmArgs = System.getProperty("bench.jvm-args", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+"))); // e.g. a flight recording, to profile the server
        }
        command.addAll(List.of("-jar", jar, "--server.port=" + port,
                "--spring.datasource.url=" + PG + database, "--spring.datasource.username=" + PG_USER,
                "--spring.datasource.password=", "--catwork.admin.password=" + ADMIN_PASSWORD,
                "--catwork.security.jwt-secret=" + randomSecret(),
                "--catwork.supplier.webhook-secret=" + randomSecret(),
                "--catwork.golden-hat.webhook-secret=" + randomSecret(),
                "--catwork.data-dir=target/bench-data", "--logging.level.root=WARN"));
        command.addAll(extraArgs);
        File log = new File("target/catwork-benchmark.log");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ownsDatabase ? ProcessBuilder.Redirect.to(log) : ProcessBuilder.Redirect.appendTo(log))
                .start();
        try {
            await("catwork started (see benchmarks/target/catwork-benchmark.log)")
                    .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .failFast("catwork exited", () -> !process.isAlive())
                    .until(this::ready);
        } catch (RuntimeException | Error notStarted) {
            process.destroyForcibly(); // no close() follows a failed constructor: no process may outlive the run
            throw notStarted;
        }
    }

    private boolean ready() {
        try {
            return get("/actuator/health/readiness", null).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a Prometheus counter with this tag, from the running application. */
    double metric(String name, String tag, String value) throws IOException, InterruptedException {
        String body = get("/actuator/prometheus", managerToken()).body();
        Matcher found = Pattern.compile(name + "\\{[^}]*" + tag + "=\"" + value + "\"[^}]*} ([0-9.E+]+)")
                .matcher(body);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    /** The first manager's bearer token, logged in once. */
    private String managerToken() throws IOException, InterruptedException {
        if (managerToken == null) {
            String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                    .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
            if (!found.find()) {
                throw new IllegalStateException("no manager token: " + token.body());
            }
            managerToken = found.group(1);
        }
        return managerToken;
    }

    /** The heap the application uses now (every heap pool's {@code jvm_memory_used_bytes}), in bytes. */
    double heapUsedBytes() throws IOException, InterruptedException {
        Matcher found = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)")
                .matcher(get("/actuator/prometheus", managerToken()).body());
        double used = 0;
        while (found.find()) {
            used += Double.parseDouble(found.group(1));
        }
        return used;
    }

    /**
     * CPU seconds the application's process has used so far (user and system), from {@code /proc}; NaN where there is
     * no {@code /proc}. The figure that the machine's noise moves least: CPU spent per order.
     */
    double cpuSeconds() {
        try {
            return cpuTicks(Path.of("/proc/" + process.pid() + "/stat")) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** User and system time, in clock ticks, of a process's or thread's {@code stat} file. */
    private static long cpuTicks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * CPU seconds the JIT compilers' threads have used so far: a warm-up cost that goes on for minutes in an
     * application this size on two cores, which a per-order figure should show apart. NaN where there is no /proc.
     */
    double compilerCpuSeconds() {
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            long ticks = 0;
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C\\d CompilerThre.*\\s*")) {
                        ticks += cpuTicks(task.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // a thread that ended meanwhile
                }
            }
            return ticks / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        if (ownsDatabase) {
            sql("drop database if exists " + database + " with (force)");
        }
    }

    /** A fresh, empty database for {@link #onDatabase}; whoever made it drops it. */
    static String createDatabase() throws SQLException {
        String database = "catwork_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        sql("create database " + database);
        return database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(PG + database, PG_USER, "");
    }

    static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PG + "postgres", PG_USER, "")) {
            connection.createStatement().execute(statement);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }
}
