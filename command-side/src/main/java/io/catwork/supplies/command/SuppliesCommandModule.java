package io.catwork.supplies.command;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.supplies.api.SuppliesErrorCode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the supplies module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class SuppliesCommandModule {

    @Bean
    ModuleDeclaration suppliesCommandSide() {
        return ModuleDeclaration.of("supplies", ProcessingGroupDeclaration.lookup(CookieOrdering.GROUP))
                .withErrorCodes(List.of(SuppliesErrorCode.values()));
    }
}
