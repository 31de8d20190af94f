package io.catwork.ops.logging;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;

/**
 * The correlation id in every log line of the work a request caused: request threads ({@code CorrelationIdFilter}),
 * every event processor (sagas' included) and command handler, deadline handlers, and db-scheduler tasks. With
 * {@code --logging.structured.format.console=ecs} (or {@code logstash}) each line is one JSON object whose
 * {@code correlationId} field carries it.
 */
@Configuration(proxyBeanMethods = false)
public class LoggingConfiguration {

    /** Every event processor, whatever its kind: the handled event's correlation id in the MDC. */
    @Bean
    ConfigurerModule correlationIdInEventHandlerLogs() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((config, processor) -> CorrelationIdInterceptor.INSTANCE));
    }

    /** Command handlers and deadline handlers (db-scheduler's deadlines pass through the manager's interceptors). */
    @Bean
    SmartInitializingSingleton correlationIdInCommandAndDeadlineLogs(CommandBus commandBus,
                                                                    DeadlineManager deadlineManager) {
        return () -> {
            commandBus.registerHandlerInterceptor(CorrelationIdInterceptor.INSTANCE);
            deadlineManager.registerHandlerInterceptor(CorrelationIdInterceptor.INSTANCE);
        };
    }

    /** db-scheduler's tasks: the id of the work that scheduled them, stored with their data; also a listener. */
    @Bean
    CorrelatedTasks correlatedTasks() {
        return new CorrelatedTasks(springJavaSerialization());
    }

    @Bean
    DbSchedulerCustomizer correlatedTaskData(CorrelatedTasks tasks) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<Serializer> serializer() {
                return Optional.of(tasks);
            }
        };
    }

    /**
     * What db-scheduler's Spring Boot starter stores task data with when no serializer is given: Java serialization,
     * read with the context class loader (the fat jar's).
     */
    static Serializer springJavaSerialization() {
        return new Serializer() {
            @Override
            public byte[] serialize(Object data) {
                if (data == null) {
                    return null;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(data);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot serialize task data " + data.getClass(), e);
                }
                return bytes.toByteArray();
            }

            @Override
            public <T> T deserialize(Class<T> type, byte[] serialized) {
                if (serialized == null) {
                    return null;
                }
                try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(serialized),
                        Thread.currentThread().getContextClassLoader())) {
                    return type.cast(in.readObject());
                } catch (IOException | ClassNotFoundException e) {
                    throw new IllegalArgumentException("cannot deserialize task data as " + type, e);
                }
            }
        };
    }
}
