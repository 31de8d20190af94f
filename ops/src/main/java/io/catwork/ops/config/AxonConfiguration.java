package io.catwork.ops.config;

import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorDetails;
import io.catwork.ops.web.RequestMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's wiring: Jackson (no default typing) for every serializer, the caller's metadata on every command and on
 * every message that follows from it, and refusals carried as error details. Processing groups are assembled from the
 * modules' declarations ({@code io.catwork.ops.processing}).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(JacksonConfiguration.storedMessageMapper()).build();
    }

    /**
     * Copies who caused a message and the request's correlation id, unchanged, to every message it causes. Declaring
     * it replaces Axon's MessageOriginProvider, which would overwrite {@code correlationId} with the parent
     * message's id.
     */
    @Bean
    CorrelationDataProvider requestCorrelationProvider() {
        return new SimpleCorrelationDataProvider(RequestMetadata.ACTOR_ID, RequestMetadata.ACTOR_ROLE,
                RequestMetadata.CORRELATION_ID);
    }

    @Bean
    SmartInitializingSingleton requestMetadataOnCommands(CommandBus commandBus, RequestMetadata requestMetadata) {
        return () -> {
            commandBus.registerDispatchInterceptor(requestMetadata);
            commandBus.registerHandlerInterceptor(refusalsAsErrorDetails());
        };
    }

    /**
     * A command refused by its handler ({@link CatworkException}) fails with a {@link CommandExecutionException} whose
     * details carry the error code, field and detail: what a distributed command bus passes back to the sender, where
     * the exception itself would not arrive.
     */
    static MessageHandlerInterceptor<CommandMessage<?>> refusalsAsErrorDetails() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (CatworkException refused) {
                throw new CommandExecutionException(refused.getMessage(), refused, ErrorDetails.of(refused));
            }
        };
    }
}
