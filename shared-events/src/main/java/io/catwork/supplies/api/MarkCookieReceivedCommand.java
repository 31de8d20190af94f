package io.catwork.supplies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The cookie arrived: {@code source} SUPPLIER (its signed webhook) or ASSEMBLER (marked by hand). */
public record MarkCookieReceivedCommand(@TargetAggregateIdentifier SupplyKitId kitId, String source) {
}
