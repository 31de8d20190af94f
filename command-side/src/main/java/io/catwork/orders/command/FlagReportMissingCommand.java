package io.catwork.orders.command;

import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order's report deadline passed (sent by its saga); an order still in progress records the missing report. */
record FlagReportMissingCommand(@TargetAggregateIdentifier OrderId orderId, Instant reportDue) {
}
