package io.catwork.orders.api;

import io.catwork.common.api.AccountId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the matchmaker once it has reserved the worker; the order prices itself with the pricing policy. */
public record AssignWorkerCommand(@TargetAggregateIdentifier OrderId orderId, AccountId workerId,
                                  String workerCode) {
}
