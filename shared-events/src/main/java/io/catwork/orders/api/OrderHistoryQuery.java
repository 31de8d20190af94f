package io.catwork.orders.api;

/** Asks the orders module for an order's full event history ({@link OrderHistoryEntryView}s, oldest first). */
public record OrderHistoryQuery(OrderId orderId) {
}
