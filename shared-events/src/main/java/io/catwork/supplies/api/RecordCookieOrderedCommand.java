package io.catwork.supplies.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The supplier accepted the cookie order (201, or 409 for a replayed Idempotency-Key). */
public record RecordCookieOrderedCommand(@TargetAggregateIdentifier SupplyKitId kitId, String supplierOrderId,
                                         Instant eta) {
}
