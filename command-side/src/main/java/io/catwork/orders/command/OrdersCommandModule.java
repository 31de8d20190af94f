package io.catwork.orders.command;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.orders.api.OrderErrorCode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the orders module's command side brings: its processing groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class OrdersCommandModule {

    @Bean
    ModuleDeclaration ordersCommandSide() {
        return ModuleDeclaration.of("orders",
                        ProcessingGroupDeclaration.lookup(ServiceTypeLookup.GROUP),
                        ProcessingGroupDeclaration.saga(OrderSaga.PROCESSING_GROUP, OrderSaga.ASSOCIATION))
                .withErrorCodes(List.of(OrderErrorCode.values()));
    }
}
