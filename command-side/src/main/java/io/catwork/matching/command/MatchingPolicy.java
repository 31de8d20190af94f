package io.catwork.matching.command;

import io.catwork.orders.api.OrderId;
import java.util.List;

/** In which order to try the free workers for an order. Chosen by {@code catwork.matching.policy}. */
public interface MatchingPolicy {

    /** The candidates, best first. {@code free} is sorted by worker id. */
    <T> List<T> order(OrderId orderId, List<T> free);
}
