package io.catwork.reviews.query;

import io.catwork.common.api.ConsoleSection;
import io.catwork.common.api.ModuleDeclaration;
import io.catwork.common.api.ProcessingGroupDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the quality review module's query side brings: its projection (ops assembles it). */
@Configuration(proxyBeanMethods = false)
class ReviewsQueryModule {

    @Bean
    ModuleDeclaration reviewsQuerySide() {
        return ModuleDeclaration.of("reviews", ProcessingGroupDeclaration.projection(ReviewsProjection.GROUP)
                        .sequencedBy("orderId"))
                .withConsoleSections(new ConsoleSection("Reviews", "/console/reviews", 20));
    }
}
