package io.catwork.ops.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import io.catwork.ops.testing.IntegrationTest;
import org.axonframework.config.Configuration;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every event-sourced aggregate of the running application goes through a store-checked cache. */
class AggregateCachingIT extends IntegrationTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    Configuration axon;

    @Test
    void everyAggregateHasAStoreCheckedCachingRepository() {
        String[] aggregates = context.getBeanNamesForAnnotation(Aggregate.class);
        assertThat(aggregates).hasSizeGreaterThanOrEqualTo(12);
        for (String name : aggregates) {
            Class<?> type = context.getType(name);
            assertThat(axon.repository(type)).as("the repository of %s", type.getSimpleName())
                    .isInstanceOf(StoreCheckedCachingRepository.class);
        }
    }
}
