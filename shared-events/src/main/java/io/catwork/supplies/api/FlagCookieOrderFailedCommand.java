package io.catwork.supplies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The supplier refused the order, or every retry failed: the kit is flagged for the assemblers. */
public record FlagCookieOrderFailedCommand(@TargetAggregateIdentifier SupplyKitId kitId, String reason) {
}
