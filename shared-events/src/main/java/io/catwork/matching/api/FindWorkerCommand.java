package io.catwork.matching.api;

import io.catwork.orders.api.OrderId;
import java.time.Instant;

/**
 * Find a free hired worker for the slot [start, end) of an order. The matchmaker answers by assigning one to the
 * order ({@code AssignWorkerCommand}) or by recording that none is free.
 */
public record FindWorkerCommand(OrderId orderId, Instant start, Instant end) {
}
