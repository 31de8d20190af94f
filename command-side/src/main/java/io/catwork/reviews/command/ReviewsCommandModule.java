package io.catwork.reviews.command;

import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import io.catwork.reviews.api.ReviewsErrorCode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the quality review module's command side brings: its groups and error codes (ops assembles them). */
@Configuration(proxyBeanMethods = false)
class ReviewsCommandModule {

    @Bean
    ModuleDeclaration reviewsCommandSide() {
        return ModuleDeclaration.of("reviews",
                        ProcessingGroupDeclaration.lookup(ReviewsLookup.GROUP),
                        ProcessingGroupDeclaration.sideEffect(ReviewOpening.GROUP).sequencedBy("orderId"))
                .withErrorCodes(List.of(ReviewsErrorCode.values()));
    }
}
