package io.catwork.billing.command;

import io.catwork.billing.api.BillingErrorCode;
import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the billing module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class BillingCommandModule {

    @Bean
    ModuleDeclaration billingCommandSide() {
        return ModuleDeclaration.of("billing",
                        ProcessingGroupDeclaration.lookup(BillingLookup.GROUP),
                        ProcessingGroupDeclaration.sideEffect(BillingPolicy.GROUP).sequencedBy("orderId"))
                .withErrorCodes(List.of(BillingErrorCode.values()))
                .withConsoleSections(new ConsoleSection("Billing", "/console/billing", 40));
    }
}
