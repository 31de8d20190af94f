package io.catwork.reviews.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.orders.api.OrderId;
import io.catwork.reviews.api.ReviewCompletedEvent;
import io.catwork.reviews.api.ReviewId;
import io.catwork.reviews.api.ReviewOpenedEvent;
import io.catwork.reviews.api.ReviewsErrorCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One quality review of one order (DOMAIN.md §7): OPEN until a manager submits its result, then DONE. */
@Aggregate
class Review {
    @AggregateIdentifier
    private ReviewId reviewId;
    private OrderId orderId;
    private AccountId clientId;
    private AccountId workerId;
    private boolean done;

    Review() {
        // opened by its first command
    }

    /** Opens the review; asked again (a redelivered event), it changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviewCommands.OpenReview command) {
        if (reviewId != null) {
            return;
        }
        apply(new ReviewOpenedEvent(command.reviewId(), command.orderId(), command.clientId(), command.workerId(),
                command.trigger(), command.at()));
    }

    @CommandHandler
    void handle(ReviewCommands.CompleteReview command) {
        if (done) {
            throw new CatworkException(ReviewsErrorCode.REVIEW_DONE, "the review is DONE already");
        }
        apply(new ReviewCompletedEvent(reviewId, orderId, clientId, workerId, command.verdict(),
                command.clientContacted(), command.findings(), command.actions(), command.completedBy(),
                command.at()));
    }

    @EventSourcingHandler
    void on(ReviewOpenedEvent event) {
        reviewId = event.reviewId();
        orderId = event.orderId();
        clientId = event.clientId();
        workerId = event.workerId();
    }

    @EventSourcingHandler
    void on(ReviewCompletedEvent event) {
        done = true;
    }
}
