package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.common.api.ProcessingKind;
import io.catwork.ops.logging.CorrelationMdc;
import io.catwork.ops.processing.DeclaredProcessing;
import io.catwork.ops.testing.Api;
import io.catwork.ops.testing.Fixtures;
import io.catwork.ops.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every line logged for the work a request caused carries the request's {@code X-Request-Id} as {@code correlationId}
 * in the MDC, in whatever thread it runs: the order saga's processor, a projection's workers, the cookie order's
 * db-scheduler task. The lines are Hibernate's SQL statements (its debug logger, switched on for this test only and
 * kept off the console), which every one of those threads runs while it handles the order's messages.
 */
class CorrelationLoggingIT extends IntegrationTest {
    private static final String SQL = "org.hibernate.SQL";

    @Autowired
    DeclaredProcessing declared;

    /** A line logged somewhere: its thread and the correlation id of its MDC at that moment. */
    record Line(String thread, String correlationId, String message) {
    }

    /** Keeps the lines whose correlation id starts with a prefix, read in the logging thread itself. */
    static final class Captured extends AppenderBase<ILoggingEvent> {
        final Queue<Line> lines = new ConcurrentLinkedQueue<>();
        private final String prefix;

        Captured(String prefix) {
            this.prefix = prefix;
        }

        @Override
        protected void append(ILoggingEvent event) {
            String correlationId = event.getMDCPropertyMap().get(CorrelationMdc.KEY);
            if (correlationId != null && correlationId.startsWith(prefix)) {
                lines.add(new Line(event.getThreadName(), correlationId, event.getFormattedMessage()));
            }
        }
    }

    @Test
    void theLinesOfEveryThreadWorkingForARequestCarryItsId() {
        Fixtures.Account client = given.client();
        String serviceType = given.serviceType();
        String requestId = "corr-it-" + UUID.randomUUID();
        List<String> sagaThreads = threadsOf(ProcessingKind.SAGA, "EventProcessor[");
        List<String> projectionThreads = threadsOf(ProcessingKind.PROJECTION, "WorkPackage[");
        assertThat(sagaThreads).isNotEmpty();
        assertThat(projectionThreads).isNotEmpty();

        Logger sql = (Logger) LoggerFactory.getLogger(SQL);
        Level level = sql.getLevel();
        boolean additive = sql.isAdditive();
        Captured captured = new Captured("corr-it-");
        captured.setContext(sql.getLoggerContext());
        captured.start();
        sql.addAppender(captured);
        sql.setAdditive(false);
        sql.setLevel(Level.DEBUG);
        try {
            Api.Response placed = api.post("/api/orders").bearer(client.token()).header("X-Request-Id", requestId)
                    .json(given.orderRequest(serviceType, given.inHours(3))).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
                List<Line> mine = captured.lines.stream().filter(line -> line.correlationId().equals(requestId))
                        .toList();
                assertThat(mine).as("the request's own thread").anyMatch(line -> line.thread().startsWith("http-"));
                assertThat(mine).as("the order saga, handling the order's events")
                        .anyMatch(in(sagaThreads));
                assertThat(mine).as("a projection's worker, handling the order's events")
                        .anyMatch(in(projectionThreads));
                assertThat(mine).as("the cookie order, a db-scheduler task the saga's commands scheduled")
                        .anyMatch(line -> line.thread().startsWith("db-scheduler-")
                                && !line.thread().startsWith("db-scheduler-execute-due-"));
            });
        } finally {
            sql.setLevel(level);
            sql.setAdditive(additive);
            sql.detachAppender(captured);
            captured.stop();
        }
    }

    /** The thread-name prefixes of the processors of one kind ({@code EventProcessor[name]-0}, ...). */
    private List<String> threadsOf(ProcessingKind kind, String prefix) {
        return declared.ofKind(kind).stream().map(ProcessingGroupDeclaration::name)
                .map(name -> prefix + name + "]").toList();
    }

    private static Predicate<Line> in(List<String> threads) {
        return line -> threads.stream().anyMatch(line.thread()::startsWith);
    }
}
