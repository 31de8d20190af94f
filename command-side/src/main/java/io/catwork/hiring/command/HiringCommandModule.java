package io.catwork.hiring.command;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.hiring.api.HiringErrorCode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the hiring module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class HiringCommandModule {

    @Bean
    ModuleDeclaration hiringCommandSide() {
        return ModuleDeclaration.of("hiring", ProcessingGroupDeclaration.lookup(HiringLookup.GROUP))
                .withErrorCodes(List.of(HiringErrorCode.values()));
    }
}
