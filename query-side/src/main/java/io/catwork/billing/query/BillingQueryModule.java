package io.catwork.billing.query;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the billing module's query side brings: its processing group (ops assembles it). */
@Configuration(proxyBeanMethods = false)
class BillingQueryModule {

    /** Sequenced by account, so an invoice's payment and payout are never applied before the invoice. */
    @Bean
    ModuleDeclaration billingQuerySide() {
        return ModuleDeclaration.of("billing",
                ProcessingGroupDeclaration.projection(BillingProjection.GROUP).sequencedBy("accountId"));
    }
}
