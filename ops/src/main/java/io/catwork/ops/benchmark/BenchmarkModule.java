package io.catwork.ops.benchmark;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark instruments' processing group, declared like any module's, and only when it is switched on
 * ({@code catwork.benchmark.noop-projection=true}): a projection with the settings of every other one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = NoopProjection.PROPERTY, havingValue = "true")
class BenchmarkModule {

    @Bean
    ModuleDeclaration benchmarkInstruments() {
        return ModuleDeclaration.of("benchmark", ProcessingGroupDeclaration.projection(NoopProjection.GROUP));
    }
}
