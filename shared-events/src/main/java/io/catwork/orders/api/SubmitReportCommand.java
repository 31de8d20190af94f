package io.catwork.orders.api;

import io.catwork.common.api.Actor;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The worker in progress uploads the report the client signed "all done, no complaints". */
public record SubmitReportCommand(@TargetAggregateIdentifier OrderId orderId, Actor worker, UUID photoId,
                                  String photoSha256, Instant at) {
}
