package io.catwork.ops.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.function.Function;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.springboot.MetricsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics less one monitor. For every event processor Axon adds a {@code CapacityMonitor}, which keeps the
 * timing of every event the processor handled in the last ten minutes; a catch-up or a replay of a few hundred
 * thousand events then holds millions of entries, most of a 512 MB heap, and the node spends its time collecting
 * garbage (measured by the billing close benchmark). Each processor keeps its counters, timers and latency; the
 * command bus, event store and the rest keep Axon's own monitors.
 *
 * <p>With {@code axon.metrics.micrometer.dimensional=true} (the default in application.yml) the names are dimensional,
 * as Axon's own: {@code eventProcessor_latency{processorName="..."}}, {@code commandBus_successCounter_total
 * {payloadType="..."}}, {@code eventStore_...}. A processor's meters carry its name only, not the payload type: every
 * processor sees every event type, and a timer per processor and type would be thousands of histograms.
 * Without it, each processor's meters are prefixed with its name ({@code orders-projection_latency}).
 */
@Configuration(proxyBeanMethods = false)
public class AxonMetricsConfiguration {
    static final String EVENT_PROCESSOR = "eventProcessor";

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry globalMetricRegistry,
                                                    MetricsProperties properties) {
        return new WithoutCapacityWindow(globalMetricRegistry, properties.getMicrometer().isDimensional());
    }

    static final class WithoutCapacityWindow extends MetricsConfigurerModule {
        private final GlobalMetricRegistry metrics;
        private final boolean dimensional;

        WithoutCapacityWindow(GlobalMetricRegistry metrics, boolean dimensional) {
            super(metrics, dimensional);
            this.metrics = metrics;
            this.dimensional = dimensional;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> anyMessage(
                    EventProcessor.class.isAssignableFrom(componentType)
                            ? processorMonitor(metrics.getRegistry(), componentName, dimensional)
                            : dimensional
                            ? metrics.registerComponentWithDefaultTags(componentType, componentName)
                            : metrics.registerComponent(componentType, componentName)));
        }

        static MessageMonitor<EventMessage<?>> processorMonitor(MeterRegistry registry, String processor,
                                                               boolean dimensional) {
            if (!dimensional) {
                return new MultiMessageMonitor<EventMessage<?>>(MessageTimerMonitor.buildMonitor(processor, registry),
                        EventProcessorLatencyMonitor.builder().meterNamePrefix(processor).meterRegistry(registry)
                                .build(),
                        MessageCountingMonitor.buildMonitor(processor, registry));
            }
            Tags name = Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processor);
            Function<Message<?>, Iterable<Tag>> tags = message -> name;
            return new MultiMessageMonitor<EventMessage<?>>(
                    MessageTimerMonitor.buildMonitor(EVENT_PROCESSOR, registry, tags),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(EVENT_PROCESSOR).meterRegistry(registry)
                            .tagsBuilder(tags).build(),
                    MessageCountingMonitor.buildMonitor(EVENT_PROCESSOR, registry, tags));
        }

        /** Axon hands each component the messages it monitors for: a processor's are events (as Axon's own does). */
        @SuppressWarnings("unchecked")
        private static MessageMonitor<Message<?>> anyMessage(MessageMonitor<? extends Message<?>> monitor) {
            return (MessageMonitor<Message<?>>) monitor;
        }
    }
}
