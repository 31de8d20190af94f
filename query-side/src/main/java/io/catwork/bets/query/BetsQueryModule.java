package io.catwork.bets.query;

import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the bets module's query side brings: its projection (ops assembles it). */
@Configuration(proxyBeanMethods = false)
class BetsQueryModule {

    @Bean
    ModuleDeclaration betsQuerySide() {
        return ModuleDeclaration.of("bets", ProcessingGroupDeclaration.projection(BetsProjection.GROUP)
                        .sequencedBy("orderId"))
                .withConsoleSections(new ConsoleSection("Bets", "/console/bets", 30));
    }
}
