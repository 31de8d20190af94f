package io.catwork.supplies.command;

import io.catwork.supplies.api.SupplyKitId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The supplier accepted the cookie order (201, or 409 for a replayed Idempotency-Key). */
record RecordCookieOrderedCommand(@TargetAggregateIdentifier SupplyKitId kitId, String supplierOrderId,
                                         Instant eta) {
}
