package io.catwork.hiring.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId, String reason,
                                       Instant rejectedAt) {
}
