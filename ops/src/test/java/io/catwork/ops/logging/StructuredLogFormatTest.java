package io.catwork.ops.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code --logging.structured.format.console=ecs} (or {@code logstash}): Spring Boot's encoder writes each line as one
 * JSON object, and the correlation id the MDC holds is a field of it.
 */
class StructuredLogFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void eachLineIsJsonWithTheCorrelationId(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "catwork"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        try {
            Logger logger = context.getLogger("io.catwork.orders");
            LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                    "order {} parked", null, new Object[] {"o-1"});
            event.setMDCPropertyMap(Map.of(CorrelationMdc.KEY, "req-42"));

            String line = new String(encoder.encode(event), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(line).as("one line").endsWith("\n").doesNotContain("\n{");
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(json.path("correlationId").asText()).as(line).isEqualTo("req-42");
            assertThat(json.path("message").asText()).isEqualTo("order o-1 parked");
        } finally {
            encoder.stop();
        }
    }
}
