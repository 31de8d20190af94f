package io.catwork.reviews.command;

import io.catwork.common.api.AccountId;
import io.catwork.orders.api.OrderId;
import io.catwork.reviews.api.ReviewId;
import io.catwork.reviews.api.ReviewTrigger;
import io.catwork.reviews.api.Verdict;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The quality review module's own commands. */
final class ReviewCommands {
    private ReviewCommands() {
    }

    record OpenReview(@TargetAggregateIdentifier ReviewId reviewId, OrderId orderId, AccountId clientId,
                      AccountId workerId, ReviewTrigger trigger, Instant at) {
    }

    record CompleteReview(@TargetAggregateIdentifier ReviewId reviewId, Verdict verdict, boolean clientContacted,
                          String findings, String actions, AccountId completedBy, Instant at) {
    }
}
