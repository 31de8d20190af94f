package io.catwork.benchmarks;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drives orders end to end (create → kit → packed → assigned → check-in → report) on PostgreSQL and prints orders/s,
 * events/s and projection lag, next to the raw append probe measured in the same run. Goal: events/s at least 0.05 of
 * the probe, aiming for 0.10. Closed loop: at most {@code bench.in-flight} orders at once.
 */
class OrderFlowBenchmark {
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int WARMUP = Integer.getInteger("bench.warmup-seconds", 120);
    static final int IN_FLIGHT = Integer.getInteger("bench.in-flight", 300);
    static final int WORKERS = Integer.getInteger("bench.workers", 20);
    static final int CLIENTS = Integer.getInteger("bench.clients", 10);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final Pattern TOKEN = Pattern.compile("\"activationToken\": \"([^\"]+)\"");

    @Test
    void ordersEndToEnd() throws Exception {
        double probe = AppendProbe.rowsPerSecond(10);
        GreenMail smtp = startSmtp();
        try (CatworkProcess catwork = new CatworkProcess(catworkArguments(smtp))) {
            Http http = new Http(catwork.port);
            String manager = http.login(CatworkProcess.ADMIN, CatworkProcess.ADMIN_PASSWORD);
            Driver driver = prepare(http, manager, smtp);
            driver.start();
            TimeUnit.SECONDS.sleep(WARMUP);
            Statements statements = Statements.reset(catwork.database);
            long eventsBefore = events(catwork.database);
            int completedBefore = driver.completed.get();
            double cpuBefore = catwork.cpuSeconds();
            double jitBefore = catwork.compilerCpuSeconds();
            long start = System.nanoTime();
            List<Long> lags = new ArrayList<>();
            double maxHeap = 0;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(SECONDS)) {
                lags.add(projectionLag(http, manager));
                maxHeap = Math.max(maxHeap, catwork.heapUsedBytes());
                TimeUnit.SECONDS.sleep(2);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long eventsAfter = events(catwork.database);
            int completed = driver.completed.get() - completedBefore;
            double cpu = catwork.cpuSeconds() - cpuBefore;
            double jit = catwork.compilerCpuSeconds() - jitBefore;
            Statements.Counted counted = statements.count();
            driver.stop();

            double ordersPerSecond = completed / elapsed;
            double eventsPerSecond = (eventsAfter - eventsBefore) / elapsed;
            double ratio = eventsPerSecond / probe;
            System.out.printf(Locale.ROOT, "%nOrder flow benchmark: catwork.jar -Xmx512m on PostgreSQL, %d workers, "
                    + "%d clients, %d orders in flight, %.0f s measured%n", WORKERS, CLIENTS, IN_FLIGHT, elapsed);
            System.out.printf(Locale.ROOT, "raw append probe (16 connections, 1 row/commit): %8.0f rows/s%n", probe);
            System.out.printf(Locale.ROOT, "orders completed end to end                  : %8.2f orders/s (%d)%n",
                    ordersPerSecond, completed);
            System.out.printf(Locale.ROOT, "events stored                                : %8.1f events/s%n",
                    eventsPerSecond);
            System.out.printf(Locale.ROOT, "events/s / probe                             : %8.3f "
                            + "(goal >= 0.05, aim 0.10)"
                    + " %s; limit %.0f events/s%n", ratio, ratio >= 0.05 ? "met" : "NOT MET", 0.05 * probe);
            System.out.printf(Locale.ROOT, "catwork CPU per order completed              : %8.1f ms (%.2f cores busy)"
                    + "; goal <= 15 ms%n", 1000 * cpu / completed, cpu / elapsed);
            System.out.printf(Locale.ROOT, "  of which the JIT compilers (still warming up): %8.1f ms; the rest %.1f "
                    + "ms%n", 1000 * jit / completed, 1000 * (cpu - jit) / completed);
            System.out.printf(Locale.ROOT, "SQL statements per order completed           : %8.1f besides BEGIN/COMMIT "
                    + "(%.1f transactions); goal <= 60%s%n", counted.statements() / (double) completed,
                    counted.commits() / (double) completed, counted.available() ? "" : " (pg_stat_statements "
                            + "is not loaded: shared_preload_libraries = 'pg_stat_statements' and restart PostgreSQL)");
            System.out.printf(Locale.ROOT, "events per order completed                   : %8.1f%n",
                    (eventsAfter - eventsBefore) / (double) completed);
            System.out.printf(Locale.ROOT, "catwork heap used (garbage included)         : at most %.0f MB of "
                    + "-Xmx512m%n", maxHeap / 1e6);
            System.out.printf(Locale.ROOT, "projection lag (events behind the head)      : avg %.1f, max %d%n",
                    lags.stream().mapToLong(Long::longValue).average().orElse(0),
                    lags.stream().mapToLong(Long::longValue).max().orElse(0));
            System.out.printf(Locale.ROOT, "orders failed or refused along the way       : %d%n", driver.errors.get());
            counted.printTop(30, completed);
        } finally {
            smtp.stop();
        }
    }

    /** A GreenMail SMTP server on a free port in this JVM, where the hired workers' activation emails arrive. */
    static GreenMail startSmtp() throws IOException {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** Catwork's arguments for the order flow: mail to {@code smtp}, short delays, the rate limits out of the way. */
    static List<String> catworkArguments(GreenMail smtp) {
        return List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--catwork.matching.retry-interval=PT1S",
                "--catwork.supplier.sandbox-delay=PT1S", "--catwork.orders.min-lead-time=PT1S",
                "--catwork.rate-limit.applications.per-address=100000",
                "--catwork.rate-limit.applications.global=100000",
                "--catwork.rate-limit.logins.per-address=100000",
                "--catwork.rate-limit.signups.per-address=100000");
    }

    /** A service type, an assembler, the clients and the activated workers, and a driver for them, not started. */
    static Driver prepare(Http http, String manager, GreenMail smtp) {
        String serviceType = http.post("/api/service-types", manager,
                Map.of("name", "Bench grooming", "durationMinutes", 1)).json().get("id").asText();
        http.post("/api/staff", manager, Map.of("name", "Packer", "email", "packer@bench.test",
                "password", "packer-secret", "role", "ASSEMBLER"));
        String assembler = http.login("packer@bench.test", "packer-secret");
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String email = "client" + i + "@bench.test";
            http.post("/api/clients", null, Map.of("name", "Client " + i, "email", email,
                    "password", "client-secret", "phone", "+7 900 000-00-00", "address", "Roof " + i));
            clients.add(http.login(email, "client-secret"));
        }
        Map<String, String> workerTokens = hireWorkers(http, manager, smtp);
        return new Driver(http, manager, assembler, clients, serviceType, workerTokens);
    }

    /** Hires the workers and activates each through its emailed token. Returns worker id → bearer token. */
    private static Map<String, String> hireWorkers(Http http, String manager, GreenMail smtp) {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (int i = 0; i < WORKERS; i++) {
            String email = "worker" + i + "@bench.test";
            String application = http.post("/api/applications", null, Map.of("name", "Worker " + i, "email", email,
                    "phone", "+7 900 111-11-11", "characteristics", Map.of("breed", "Siamese", "color", "cream",
                            "sex", "F", "birthDate", LocalDate.now().minusYears(3).toString()))).json()
                    .get("id").asText();
            String workerId = http.post("/api/applications/" + application + "/hire", manager,
                    Map.of("payoutAccount", "GH-" + i)).json().get("workerId").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> activationToken(smtp, email) != null);
            http.post("/api/auth/password", null, Map.of("activationToken", activationToken(smtp, email),
                    "password", "worker-secret"));
            tokens.put(workerId, http.login(email, "worker-secret"));
        }
        return tokens;
    }

    private static String activationToken(GreenMail smtp, String email) {
        for (MimeMessage message : smtp.getReceivedMessagesForDomain("bench.test")) {
            try {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    Matcher token = TOKEN.matcher(message.getContent().toString());
                    if (token.find()) {
                        return token.group(1);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static long events(String database) throws Exception {
        try (Connection connection = CatworkProcess.connect(database)) {
            var result = connection.createStatement().executeQuery("select count(*) from domain_event_entry");
            result.next();
            return result.getLong(1);
        }
    }

    private static long projectionLag(Http http, String manager) {
        long worst = 0;
        for (JsonNode processor : http.get("/api/admin/processors", manager).json()) {
            if (processor.get("kind").asText().equals("PROJECTION") && processor.get("replayable").asBoolean()) {
                worst = Math.max(worst, processor.get("lag").asLong());
            }
        }
        return worst;
    }

    /**
     * Places orders (at most IN_FLIGHT open) from 4 threads; one poller packs the kits that wait and one has the
     * assigned workers check in and report, each step in a pool of 6.
     */
    static final class Driver {
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final Set<String> handled = ConcurrentHashMap.newKeySet();
        private final Set<String> packed = ConcurrentHashMap.newKeySet();
        private final ExecutorService threads = Executors.newFixedThreadPool(6);
        private final ExecutorService steps = Executors.newFixedThreadPool(6);
        private final AtomicInteger placedCount = new AtomicInteger();
        private final Http http;
        private final String manager;
        private final String assembler;
        private final List<String> clients;
        private final String serviceType;
        private final Map<String, String> workers;

        Driver(Http http, String manager, String assembler, List<String> clients, String serviceType,
               Map<String, String> workers) {
            this.http = http;
            this.manager = manager;
            this.assembler = assembler;
            this.clients = clients;
            this.serviceType = serviceType;
            this.workers = workers;
        }

        /** The clients' bearer tokens. */
        List<String> clients() {
            return clients;
        }

        void start() {
            for (int i = 0; i < 4; i++) {
                threads.submit(this::place);
            }
            threads.submit(this::pollKits);
            threads.submit(this::pollAssigned);
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdownNow();
            steps.shutdownNow();
            threads.awaitTermination(30, TimeUnit.SECONDS);
            steps.awaitTermination(30, TimeUnit.SECONDS);
        }

        /** Counts a failed step; the first few are printed, so a run says what went wrong. */
        private void failed(String step, String what) {
            if (!running.get()) {
                return; // a step interrupted by the driver's own stop after the measurement is no failure
            }
            if (errors.incrementAndGet() <= 5) {
                System.out.println("benchmark step failed: " + step + ": " + what);
            }
        }

        private void place() {
            while (running.get()) {
                int i = placedCount.getAndIncrement();
                try {
                    inFlight.acquire();
                    Instant start = Instant.now().plus(Duration.ofMinutes(5 + (i % 50)));
                    Http.Answer placed = http.post("/api/orders", clients.get(i % clients.size()),
                            Map.of("serviceTypeId", serviceType, "scheduledAt", start.toString(),
                                    "address", "Roof " + i, "description", "benchmark order " + i));
                    if (placed.status() != 201) {
                        failed("placing", placed.status() + " " + placed.body());
                        inFlight.release();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    inFlight.release();
                }
            }
        }

        /** One poller lists the kits to pack every 200 ms, as an assembler's screen would; packing runs in a pool. */
        private void pollKits() {
            while (running.get()) {
                try {
                    for (JsonNode kit : http.get("/api/supply-kits?status=ASSEMBLING", assembler).json()) {
                        String id = kit.get("id").asText();
                        if (packed.add(id)) {
                            steps.submit(() -> {
                                Http.Answer answer = http.post("/api/supply-kits/" + id + "/packed", assembler, Map.of());
                                if (answer.status() != 200) {
                                    failed("packing " + id, answer.status() + " " + answer.body());
                                }
                            });
                        }
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            }
        }

        /** One poller lists assigned orders every 200 ms; each worker's check-in and report run in a pool. */
        private void pollAssigned() {
            while (running.get()) {
                try {
                    for (JsonNode order : http.get("/api/orders?status=ASSIGNED&size=100", manager).json()) {
                        String id = order.get("id").asText();
                        if (handled.add(id)) {
                            String worker = workers.get(order.get("workerId").asText());
                            steps.submit(() -> complete(id, worker));
                        }
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            }
        }

        private void complete(String orderId, String worker) {
            try {
                Http.Answer checkIn = worker == null ? null
                        : http.photo("/api/orders/" + orderId + "/check-in", worker, PNG);
                Http.Answer report = checkIn == null || checkIn.status() != 200 ? checkIn
                        : http.photo("/api/orders/" + orderId + "/report", worker, PNG);
                if (report != null && report.status() == 200) {
                    completed.incrementAndGet();
                } else {
                    failed("completing " + orderId, report == null ? "no such worker" : report.status() + " "
                            + report.body());
                }
            } catch (RuntimeException e) {
                failed("completing " + orderId, e.toString());
            } finally {
                inFlight.release();
            }
        }
    }
}
