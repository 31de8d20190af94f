package io.catwork.orders.api;

/** Asks the orders module for one order as API.md shows it ({@link OrderView}); no answer for an unknown one. */
public record FindOrderQuery(OrderId orderId) {
}
