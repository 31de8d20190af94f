package io.catwork.supplies.command;

import io.catwork.supplies.api.SupplyKitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The supplier refused the order, or every retry failed: the kit is flagged for the assemblers. */
record FlagCookieOrderFailedCommand(@TargetAggregateIdentifier SupplyKitId kitId, String reason) {
}
