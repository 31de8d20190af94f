package io.catwork.supplies.query;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the supplies module's query side brings: its processing groups (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class SuppliesQueryModule {

    @Bean
    ModuleDeclaration suppliesQuerySide() {
        return ModuleDeclaration.of("supplies", ProcessingGroupDeclaration.projection(SupplyKitProjection.GROUP));
    }
}
