package io.catwork.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Floods {@code POST /api/applications} from one address (127.0.0.2) while legitimate applicants on other loopback
 * addresses send at a steady rate, with the default limits (5 per address per minute, 50 per second in all). Prints
 * the legitimate p99 with and without the flood (goal: ratio at most 1.5, the limit being 1.5 times the p99 measured
 * without the flood in this same run), database commits per accepted request (goal at most 1.05), and rejected
 * requests per second. Every legitimate address sends at most 3 requests per phase, within its own limit.
 */
class ApplicationFloodBenchmark {
    static final int PHASE_SECONDS = Integer.getInteger("bench.phase-seconds", 30);
    static final int LEGIT_PER_SECOND = Integer.getInteger("bench.legit-per-second", 12);
    static final int FLOOD_THREADS = Integer.getInteger("bench.flood-threads", 4);
    static final String PATH = "/api/applications";

    record Phase(List<Long> latenciesNanos, long legitErrors, long accepted, double httpCommits, long floodSent,
                 long floodRejected, double seconds) {
        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    @Test
    void floodFromOneAddress() throws Exception {
        try (CatworkProcess catwork = new CatworkProcess(List.of())) {
            System.out.printf("%nApplication flood benchmark: catwork.jar -Xmx512m on PostgreSQL, port %d%n",
                    catwork.port);
            run(catwork, 3, false, Math.min(10, PHASE_SECONDS)); // warm-up, not reported
            Phase quiet = run(catwork, 1, false, PHASE_SECONDS);
            Phase flooded = run(catwork, 2, true, PHASE_SECONDS);

            double p99Quiet = quiet.percentile(0.99);
            double p99Flood = flooded.percentile(0.99);
            double ratio = p99Flood / p99Quiet;
            double commitsPerAccepted = flooded.httpCommits() / flooded.accepted();
            System.out.printf(Locale.ROOT, "legitimate p99 without flood : %8.2f ms (p50 %.2f ms, n=%d, errors %d)%n",
                    p99Quiet, quiet.percentile(0.5), quiet.latenciesNanos().size(), quiet.legitErrors());
            System.out.printf(Locale.ROOT, "legitimate p99 with flood    : %8.2f ms (p50 %.2f ms, n=%d, errors %d);"
                            + " limit %.2f ms = 1.5 x quiet p99%n", p99Flood, flooded.percentile(0.5),
                    flooded.latenciesNanos().size(), flooded.legitErrors(), 1.5 * p99Quiet);
            System.out.printf(Locale.ROOT, "p99 ratio flood/quiet        : %8.2f (goal <= 1.50) %s%n", ratio,
                    ratio <= 1.5 ? "met" : "NOT MET");
            System.out.printf(Locale.ROOT, "db commits per accepted req. : %8.3f (goal <= 1.05) %s"
                            + " [%.0f commits on request threads / %d accepted]%n", commitsPerAccepted,
                    commitsPerAccepted <= 1.05 ? "met" : "NOT MET", flooded.httpCommits(), flooded.accepted());
            System.out.printf(Locale.ROOT, "flood rejected per second    : %8.0f (%d of %d flood requests refused)%n",
                    flooded.floodRejected() / flooded.seconds(), flooded.floodRejected(), flooded.floodSent());
        }
    }

    /** One phase: legitimate applicants from 127.0.{subnet}.x at a steady rate, and maybe the flood. */
    private Phase run(CatworkProcess catwork, int subnet, boolean flood, int seconds) throws Exception {
        double acceptedBefore = catwork.metric("catwork_applications_requests_total", "outcome", "accepted");
        double commitsBefore = catwork.metric("catwork_db_commits_total", "origin", "http");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong floodSent = new AtomicLong();
        AtomicLong floodRejected = new AtomicLong();
        ExecutorService flooders = Executors.newFixedThreadPool(Math.max(1, FLOOD_THREADS));
        if (flood) {
            for (int i = 0; i < FLOOD_THREADS; i++) {
                flooders.submit(() -> {
                    while (running.get()) {
                        try {
                            int status = LoopbackClient.post("127.0.0.2", catwork.port, PATH, application());
                            floodSent.incrementAndGet();
                            if (status == 429) {
                                floodRejected.incrementAndGet();
                            }
                        } catch (Exception e) {
                            floodSent.incrementAndGet();
                        }
                    }
                });
            }
        }
        ExecutorService legit = Executors.newFixedThreadPool(16);
        List<Future<Long>> requests = new ArrayList<>();
        long total = (long) seconds * LEGIT_PER_SECOND;
        long start = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / LEGIT_PER_SECOND;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String from = "127.0." + subnet + "." + (1 + i % 250);
            requests.add(legit.submit(() -> {
                long sent = System.nanoTime();
                int status = LoopbackClient.post(from, catwork.port, PATH, application());
                long took = System.nanoTime() - sent;
                return status == 201 ? took : -took;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        long errors = 0;
        for (Future<Long> request : requests) {
            long took = request.get();
            if (took > 0) {
                latencies.add(took);
            } else {
                errors++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        flooders.shutdown();
        flooders.awaitTermination(30, TimeUnit.SECONDS);
        legit.shutdown();
        double accepted = catwork.metric("catwork_applications_requests_total", "outcome", "accepted")
                - acceptedBefore;
        double commits = catwork.metric("catwork_db_commits_total", "origin", "http") - commitsBefore;
        return new Phase(latencies, errors, (long) accepted, commits, floodSent.get(), floodRejected.get(),
                elapsed);
    }

    private static String application() {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        return "{\"name\":\"Bench\",\"email\":\"" + email + "\",\"phone\":\"+7 900 000-00-00\","
                + "\"characteristics\":{\"breed\":\"Sphynx\",\"color\":\"pink\",\"sex\":\"M\",\"birthDate\":\""
                + LocalDate.now().minusYears(2) + "\"},\"about\":\"benchmark\"}";
    }
}
