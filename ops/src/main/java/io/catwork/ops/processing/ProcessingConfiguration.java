package io.catwork.ops.processing;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.common.api.ProcessingKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assembles the processing groups the modules declare ({@link ModuleDeclaration}): each gets the processor, error
 * handling and dead-letter queue of its kind. Ops names no group: adding a group is a line in its module.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingConfiguration.ProcessingProperties.class)
public class ProcessingConfiguration {

    /**
     * {@code catwork.processing.*}: {@code saga-attempts}, how often a saga step is tried before it is parked for its
     * own sequence.
     *
     * @param sagaAttempts how often a failing saga step is tried (1 s, 2 s, 4 s apart) before it is parked for its
     *                     order
     */
    @ConfigurationProperties("catwork.processing")
    public record ProcessingProperties(@DefaultValue("3") int sagaAttempts) {
    }

    @Bean
    DeclaredProcessing declaredProcessing(List<ModuleDeclaration> modules) {
        return new DeclaredProcessing(modules);
    }

    @Bean
    IsolatedWork isolatedWork(EntityManager entities, EntityManagerFactory entityManagerFactory,
                              DataSource dataSource) {
        return new IsolatedWork(entities, entityManagerFactory, dataSource);
    }

    @Bean
    PoisonIsolation poisonIsolation(DeclaredProcessing declared, IsolatedWork isolated) {
        return new PoisonIsolation(declared, isolated);
    }

    /** One dead-letter queue (and parking) per saga group. */
    @Bean
    SagaDeadLetters sagaDeadLetters(DeclaredProcessing declared, ProcessingProperties properties,
                                    EntityManagerProvider entityManagers, TransactionManager transactions,
                                    TransactionTemplate transactionTemplate,
                                    List<CorrelationDataProvider> correlationDataProviders, Serializer serializer,
                                    @Qualifier("eventSerializer") Serializer eventSerializer) {
        Map<String, SagaParking> parking = new LinkedHashMap<>();
        for (ProcessingGroupDeclaration saga : declared.ofKind(ProcessingKind.SAGA)) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = jpaQueue(saga.name(), entityManagers, transactions,
                    serializer, eventSerializer);
            parking.put(saga.name(), new SagaParking(saga.name(), queue,
                    new PayloadPropertySequencing(saga.sequenceProperty()), properties.sagaAttempts(),
                    transactionTemplate, correlationDataProviders));
        }
        return new SagaDeadLetters(parking);
    }

    @Bean
    ConfigurerModule declaredProcessors(DeclaredProcessing declared, PoisonIsolation isolation,
                                        SagaDeadLetters sagas, EntityManagerProvider entityManagers,
                                        TransactionManager transactions, Serializer serializer,
                                        @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> {
            configurer.eventProcessing(processing -> declared.all().forEach(group -> register(processing, group,
                    isolation, sagas, entityManagers, transactions, serializer, eventSerializer)));
            configurer.onInitialize(config -> config.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> declared.requireDeclared(config.eventProcessingConfiguration().eventProcessors()
                            .keySet())));
        };
    }

    private static void register(EventProcessingConfigurer processing, ProcessingGroupDeclaration group,
                                 PoisonIsolation isolation, SagaDeadLetters sagas,
                                 EntityManagerProvider entityManagers, TransactionManager transactions,
                                 Serializer serializer, Serializer eventSerializer) {
        String name = group.name();
        switch (group.kind()) {
            case PROJECTION, SIDE_EFFECT -> {
                processing.registerPooledStreamingEventProcessor(name, Configuration::eventStore,
                        (config, builder) -> {
                            ScheduledExecutorService workers = Executors.newScheduledThreadPool(group.threads(),
                                    new AxonThreadFactory("WorkPackage[" + name + "]"));
                            config.onShutdown(workers::shutdown);
                            return builder.workerExecutor(workers)
                                    .initialSegmentCount(group.segments())
                                    .batchSize(group.batchSize());
                        });
                processing.registerDeadLetterQueue(name, config -> jpaQueue(name, entityManagers, transactions,
                        serializer, eventSerializer));
                processing.registerDeadLetterPolicy(name, config -> isolation.enqueuePolicy(name));
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(name, (config, builder) -> builder
                        .enableSequenceIdentifierCache()
                        .sequenceIdentifierCacheSize(1024)
                        .allowReset(group.kind().replayable()));
                processing.registerHandlerInterceptor(name, config -> isolation.suspectsOnRollback(name));
            }
            case LOOKUP -> {
                processing.registerSubscribingEventProcessor(name);
                processing.registerListenerInvocationErrorHandler(name, config -> PropagatingErrorHandler.instance());
            }
            case SAGA -> {
                processing.registerTrackingEventProcessor(name, Configuration::eventStore, config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(1)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
                processing.registerListenerInvocationErrorHandler(name, config -> PropagatingErrorHandler.instance());
                processing.registerHandlerInterceptor(name, config -> sagas.parking(name).interceptor());
            }
        }
        if (group.sequenceProperty() != null) {
            processing.registerSequencingPolicy(name,
                    config -> new PayloadPropertySequencing(group.sequenceProperty()));
        }
    }

    /**
     * How many sequences a group may park, and how many events one sequence may hold. Far above what a healthy system
     * parks; beyond it something systemic is wrong, the group stops and its log says why (Axon's own default is
     * 1,024).
     */
    static final int DEAD_LETTER_LIMIT = 100_000;

    static SequencedDeadLetterQueue<EventMessage<?>> jpaQueue(String group, EntityManagerProvider entityManagers,
                                                             TransactionManager transactions, Serializer serializer,
                                                             Serializer eventSerializer) {
        return JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .maxSequences(DEAD_LETTER_LIMIT)
                .maxSequenceSize(DEAD_LETTER_LIMIT)
                .build();
    }
}
