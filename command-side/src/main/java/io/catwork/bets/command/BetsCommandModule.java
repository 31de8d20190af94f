package io.catwork.bets.command;

import io.catwork.bets.api.BetsErrorCode;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the bets module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class BetsCommandModule {

    @Bean
    ModuleDeclaration betsCommandSide() {
        return ModuleDeclaration.of("bets",
                        ProcessingGroupDeclaration.lookup(BetsLookup.GROUP),
                        ProcessingGroupDeclaration.sideEffect(BetSettlementPolicy.GROUP).sequencedBy("orderId"))
                .withErrorCodes(List.of(BetsErrorCode.values()));
    }
}
