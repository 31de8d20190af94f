package io.catwork.ops.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics less one monitor. For every event processor Axon adds a {@code CapacityMonitor}, which keeps the
 * timing of every event the processor handled in the last ten minutes; a catch-up or a replay of a few hundred
 * thousand events then holds millions of entries, most of a 512 MB heap, and the node spends its time collecting
 * garbage (measured by the billing close benchmark). Each processor keeps its counters, timers and latency; the
 * command bus, event store and the rest keep Axon's own monitors and names.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMetricsConfiguration {

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry globalMetricRegistry) {
        return new WithoutCapacityWindow(globalMetricRegistry);
    }

    static final class WithoutCapacityWindow extends MetricsConfigurerModule {
        private final GlobalMetricRegistry metrics;

        WithoutCapacityWindow(GlobalMetricRegistry metrics) {
            super(metrics);
            this.metrics = metrics;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> anyMessage(
                    EventProcessor.class.isAssignableFrom(componentType)
                            ? processorMonitor(metrics.getRegistry(), componentName)
                            : metrics.registerComponent(componentType, componentName)));
        }

        static MessageMonitor<EventMessage<?>> processorMonitor(MeterRegistry registry, String processor) {
            return new MultiMessageMonitor<EventMessage<?>>(MessageTimerMonitor.buildMonitor(processor, registry),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(processor).meterRegistry(registry).build(),
                    MessageCountingMonitor.buildMonitor(processor, registry));
        }

        /** Axon hands each component the messages it monitors for: a processor's are events (as Axon's own does). */
        @SuppressWarnings("unchecked")
        private static MessageMonitor<Message<?>> anyMessage(MessageMonitor<? extends Message<?>> monitor) {
            return (MessageMonitor<Message<?>>) monitor;
        }
    }
}
