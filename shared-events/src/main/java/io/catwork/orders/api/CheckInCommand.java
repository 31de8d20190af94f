package io.catwork.orders.api;

import io.catwork.common.api.Actor;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The assigned worker is there: a photo, and "Started", within the check-in window. */
public record CheckInCommand(@TargetAggregateIdentifier OrderId orderId, Actor worker, UUID photoId,
                             String photoSha256, Instant at) {
}
