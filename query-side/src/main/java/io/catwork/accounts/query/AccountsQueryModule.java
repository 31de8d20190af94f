package io.catwork.accounts.query;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the accounts module's query side brings: its processing groups (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class AccountsQueryModule {

    @Bean
    ModuleDeclaration accountsQuerySide() {
        return ModuleDeclaration.of("accounts", ProcessingGroupDeclaration.projection(AccountProjection.GROUP));
    }
}
