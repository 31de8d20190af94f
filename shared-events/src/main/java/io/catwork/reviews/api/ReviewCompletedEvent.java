package io.catwork.reviews.api;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A manager submitted the review's result: it is DONE; the client and the worker (if any) are told. */
@Revision("1")
public record ReviewCompletedEvent(ReviewId reviewId, OrderId orderId, AccountId clientId, AccountId workerId,
                                   Verdict verdict, boolean clientContacted, String findings, String actions,
                                   AccountId completedBy, Instant completedAt) {
}
