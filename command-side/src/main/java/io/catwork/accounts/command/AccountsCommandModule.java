package io.catwork.accounts.command;

import io.catwork.accounts.api.AccountErrorCode;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the accounts module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class AccountsCommandModule {

    @Bean
    ModuleDeclaration accountsCommandSide() {
        return ModuleDeclaration.of("accounts", ProcessingGroupDeclaration.lookup(WorkerOnboarding.GROUP))
                .withErrorCodes(List.of(AccountErrorCode.values()));
    }
}
