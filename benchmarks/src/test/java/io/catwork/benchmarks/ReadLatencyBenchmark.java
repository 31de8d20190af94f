package io.catwork.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark B3: read latency under load. The order flow of {@link OrderFlowBenchmark} runs (the same Catwork
 * settings and driver: 300 orders in flight), and meanwhile readers send, at a steady rate and at the same moments,
 * three reads: {@code GET /api/orders/{id}} (a client reading one of its own orders), {@code GET
 * /api/clients/me/billing} (a client's balance and what is due this week) and {@code GET /actuator/health/liveness},
 * which touches no database and no token: what any request costs on the same server under the same load. Latency is
 * measured in the client, from sending the request to having read the whole body. Prints p50 and p99 of each; goal:
 * each read's p99 at most 2 times the liveness p99 measured in the same run.
 */
class ReadLatencyBenchmark {
    static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    static final int WARMUP = Integer.getInteger("bench.warmup-seconds", 60);
    /** Requests per second to each of the three endpoints. */
    static final int RATE = Integer.getInteger("bench.reads-per-second", 25);
    static final int READERS = 8;
    static final String TRIVIAL = "/actuator/health/liveness";
    static final List<String> ENDPOINTS = List.of("GET " + TRIVIAL + " (no database)", "GET /api/orders/{id}",
            "GET /api/clients/me/billing");

    /** A client's bearer token and one of its orders. */
    record OwnOrder(String token, String orderId) {
    }

    /** One endpoint's latencies of the answers 200, in nanoseconds, and how many reads failed. */
    record Latencies(List<Long> nanos, int errors) {
        double percentileMs(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    @Test
    void readsUnderTheOrderFlow() throws Exception {
        GreenMail smtp = OrderFlowBenchmark.startSmtp();
        try (CatworkProcess catwork = new CatworkProcess(OrderFlowBenchmark.catworkArguments(smtp))) {
            Http http = new Http(catwork.port);
            String manager = http.login(CatworkProcess.ADMIN, CatworkProcess.ADMIN_PASSWORD);
            OrderFlowBenchmark.Driver driver = OrderFlowBenchmark.prepare(http, manager, smtp);
            driver.start();
            List<Latencies> measured;
            double elapsed;
            int completed;
            double cpu;
            try {
                TimeUnit.SECONDS.sleep(WARMUP / 2);
                List<String> clients = driver.clients();
                List<OwnOrder> orders = ownOrders(http, clients);
                Http readers = new Http(catwork.port);
                read(readers, orders, clients, WARMUP - WARMUP / 2); // warms the read paths up; not reported
                int completedBefore = driver.completed.get();
                double cpuBefore = catwork.cpuSeconds();
                long start = System.nanoTime();
                measured = read(readers, orders, clients, SECONDS);
                elapsed = (System.nanoTime() - start) / 1e9;
                completed = driver.completed.get() - completedBefore;
                cpu = catwork.cpuSeconds() - cpuBefore;
            } finally {
                driver.stop();
            }

            System.out.printf(Locale.ROOT, "%nRead latency benchmark (B3): catwork.jar -Xmx512m on PostgreSQL under "
                            + "the order flow (%d workers, %d clients, %d orders in flight), %.0f s measured, %d "
                            + "requests/s to each endpoint%n", OrderFlowBenchmark.WORKERS, OrderFlowBenchmark.CLIENTS,
                    OrderFlowBenchmark.IN_FLIGHT, elapsed, RATE);
            System.out.printf(Locale.ROOT, "%-45s: %8.2f orders/s completed (%d), %.2f cores busy in Catwork, %d "
                            + "driver steps failed%n", "order flow meanwhile", completed / elapsed, completed,
                    cpu / elapsed, driver.errors.get());
            Latencies trivial = measured.get(0);
            double limit = 2 * trivial.percentileMs(0.99);
            print(ENDPOINTS.get(0), trivial);
            System.out.println();
            for (int endpoint = 1; endpoint < ENDPOINTS.size(); endpoint++) {
                Latencies latencies = measured.get(endpoint);
                print(ENDPOINTS.get(endpoint), latencies);
                double ratio = latencies.percentileMs(0.99) / trivial.percentileMs(0.99);
                System.out.printf(Locale.ROOT, "; p99 / liveness p99 %.2f (goal <= 2.00) %s; limit %.2f ms%n",
                        ratio, ratio <= 2 ? "met" : "NOT MET", limit);
            }
            System.out.println();
        } finally {
            smtp.stop();
        }
    }

    private static void print(String endpoint, Latencies latencies) {
        System.out.printf(Locale.ROOT, "%-45s: p50 %7.2f ms, p99 %7.2f ms (n=%d, errors %d)", endpoint,
                latencies.percentileMs(0.5), latencies.percentileMs(0.99), latencies.nanos().size(),
                latencies.errors());
    }

    /** Each client's orders placed so far (up to 100 each), with its token: what the order reads ask for. */
    private static List<OwnOrder> ownOrders(Http http, List<String> clients) {
        List<OwnOrder> orders = new ArrayList<>();
        for (String client : clients) {
            for (JsonNode order : http.get("/api/orders?size=100", client).json()) {
                orders.add(new OwnOrder(client, order.get("id").asText()));
            }
        }
        if (orders.isEmpty()) {
            throw new IllegalStateException("no order was placed during the warm-up");
        }
        Collections.shuffle(orders, new java.util.Random(7));
        return orders;
    }

    /**
     * For {@code seconds}, {@code RATE} times a second: the three reads at once, each on one of {@code READERS}
     * threads (a steady rate, whatever the answers' latency, as long as the threads keep up).
     */
    private static List<Latencies> read(Http http, List<OwnOrder> orders, List<String> clients, int seconds)
            throws InterruptedException {
        List<Queue<Long>> nanos = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
                new ConcurrentLinkedQueue<>());
        List<AtomicInteger> errors = List.of(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger tick = new AtomicInteger();
        pacer.scheduleAtFixedRate(() -> {
            int i = tick.getAndIncrement();
            for (int endpoint = 0; endpoint < ENDPOINTS.size(); endpoint++) {
                int which = endpoint;
                readers.execute(() -> sample(http, which, i, orders, clients, nanos.get(which), errors.get(which)));
            }
        }, 0, 1_000_000L / RATE, TimeUnit.MICROSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        pacer.shutdownNow();
        pacer.awaitTermination(10, TimeUnit.SECONDS);
        readers.shutdown();
        readers.awaitTermination(60, TimeUnit.SECONDS);
        List<Latencies> latencies = new ArrayList<>();
        for (int endpoint = 0; endpoint < ENDPOINTS.size(); endpoint++) {
            latencies.add(new Latencies(List.copyOf(nanos.get(endpoint)), errors.get(endpoint).get()));
        }
        return latencies;
    }

    private static void sample(Http http, int endpoint, int i, List<OwnOrder> orders, List<String> clients,
                               Queue<Long> nanos, AtomicInteger errors) {
        String path;
        String token;
        if (endpoint == 0) {
            path = TRIVIAL;
            token = null;
        } else if (endpoint == 1) {
            OwnOrder order = orders.get(i % orders.size());
            path = "/api/orders/" + order.orderId();
            token = order.token();
        } else {
            path = "/api/clients/me/billing";
            token = clients.get(i % clients.size());
        }
        long start = System.nanoTime();
        try {
            Http.Answer answer = http.get(path, token);
            long took = System.nanoTime() - start;
            if (answer.status() == 200) {
                nanos.add(took);
            } else if (errors.incrementAndGet() <= 3) {
                System.out.println("read failed: " + path + ": " + answer.status() + " " + answer.body());
            }
        } catch (RuntimeException e) {
            if (errors.incrementAndGet() <= 3) {
                System.out.println("read failed: " + path + ": " + e);
            }
        }
    }
}
