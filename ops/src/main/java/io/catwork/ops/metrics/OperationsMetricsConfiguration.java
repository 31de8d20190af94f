package io.catwork.ops.metrics;

import io.catwork.ops.cluster.ProcessorTokens;
import io.catwork.ops.processing.DeclaredProcessing;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's own gauges ({@link OperationsGauges}) and {@code catwork.metrics.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatworkMetricsProperties.class)
public class OperationsMetricsConfiguration {

    @Bean
    OperationsGauges operationsGauges(JdbcTemplate jdbc, EventStore eventStore, ProcessorTokens tokens,
                                      DeclaredProcessing declared, CatworkMetricsProperties properties) {
        return new OperationsGauges(jdbc, eventStore, tokens, declared, properties.gaugeRefresh());
    }
}
