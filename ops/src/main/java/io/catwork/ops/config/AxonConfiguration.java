package io.catwork.ops.config;

import io.catwork.ops.web.RequestMetadata;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
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
 * every message that follows from it, and the subscribing lookup groups failing their command when they fail.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * Subscribing groups that work in the command's transaction (a failure there must fail the command), and sagas
     * (a failed command must fail the event, which the processor then retries, instead of being logged and lost).
     */
    static final List<String> COMMAND_SIDE_LOOKUPS = List.of("service-type-lookup", "hiring-lookup",
            "worker-onboarding", "matching-lookup", "supplies-lookup", "OrderSagaProcessor");

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
        return () -> commandBus.registerDispatchInterceptor(requestMetadata);
    }

    @Bean
    ConfigurerModule commandSideLookupsPropagateErrors() {
        return configurer -> configurer.eventProcessing(processing -> COMMAND_SIDE_LOOKUPS.forEach(group ->
                processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())));
    }
}
