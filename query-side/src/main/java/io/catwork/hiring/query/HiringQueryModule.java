package io.catwork.hiring.query;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the hiring module's query side brings: its processing groups (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class HiringQueryModule {

    @Bean
    ModuleDeclaration hiringQuerySide() {
        return ModuleDeclaration.of("hiring", ProcessingGroupDeclaration.projection(HiringProjection.GROUP));
    }
}
