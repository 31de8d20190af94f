package io.catwork.matching.command;

import io.catwork.orders.api.OrderId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * DOMAIN.md §4: a free worker at random ({@code catwork.matching.policy=random}, the default). With
 * {@code catwork.matching.seed} the choice for an order is repeatable: the same seed and order give the same worker.
 */
@Component
@ConditionalOnProperty(name = "catwork.matching.policy", havingValue = "random", matchIfMissing = true)
class RandomMatchingPolicy implements MatchingPolicy {
    private final Long seed;

    RandomMatchingPolicy(@Value("${catwork.matching.seed:#{null}}") Long seed) {
        this.seed = seed;
    }

    @Override
    public <T> List<T> order(OrderId orderId, List<T> free) {
        List<T> shuffled = new ArrayList<>(free);
        Random random = seed == null ? ThreadLocalRandom.current() : new Random(seed ^ orderId.value().hashCode());
        Collections.shuffle(shuffled, random);
        return shuffled;
    }
}
