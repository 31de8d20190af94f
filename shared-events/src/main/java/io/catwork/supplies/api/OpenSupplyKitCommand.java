package io.catwork.supplies.api;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the kit of a new order; {@code deliverBy}: the cookie must arrive before the order starts. */
public record OpenSupplyKitCommand(@TargetAggregateIdentifier SupplyKitId kitId, OrderId orderId,
                                   AccountId clientId, String address, Instant deliverBy) {
}
