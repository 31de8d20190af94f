package io.catwork.orders.query;

import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the orders module's query side brings: its processing groups and its console section (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class OrdersQueryModule {

    @Bean
    ModuleDeclaration ordersQuerySide() {
        return ModuleDeclaration.of("orders",
                        ProcessingGroupDeclaration.projection(ServiceTypeProjection.GROUP),
                        ProcessingGroupDeclaration.projection(OrderProjection.GROUP).sequencedBy("orderId"))
                .withConsoleSections(new ConsoleSection("Orders", "/console/orders", 10));
    }
}
