package io.catwork.matching.command;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the matching module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class MatchingCommandModule {

    @Bean
    ModuleDeclaration matchingCommandSide() {
        return ModuleDeclaration.of("matching", ProcessingGroupDeclaration.lookup(Matchmaker.GROUP));
    }
}
