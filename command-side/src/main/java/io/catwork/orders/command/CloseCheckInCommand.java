package io.catwork.orders.command;

import io.catwork.orders.api.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the order's saga when its check-in deadline (start plus grace) passes: an order nobody checked in to fails.
 * Does nothing once the worker has checked in or the order is final.
 */
record CloseCheckInCommand(@TargetAggregateIdentifier OrderId orderId) {
}
