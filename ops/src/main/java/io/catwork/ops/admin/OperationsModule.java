package io.catwork.ops.admin;

import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ops' own section of the managers' console: processors, dead letters and emails (the operations pages). */
@Configuration(proxyBeanMethods = false)
class OperationsModule {

    @Bean
    ModuleDeclaration operationsConsole() {
        return ModuleDeclaration.of("operations")
                .withConsoleSections(new ConsoleSection("Operations", "/console/operations", 90));
    }
}
