package io.catwork.hiring.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContactCommand(@TargetAggregateIdentifier ApplicationId applicationId, String note,
                                   Instant contactedAt) {
}
