package io.catwork.reviews.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.orders.api.OrderId;
import io.catwork.reviews.api.ReviewCompletedEvent;
import io.catwork.reviews.api.ReviewId;
import io.catwork.reviews.api.ReviewOpenedEvent;
import io.catwork.reviews.api.ReviewTrigger;
import io.catwork.reviews.api.Verdict;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A review opens once, however often asked, and takes one result. */
class ReviewTest {
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final AccountId CLIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final AccountId WORKER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final AccountId MANAGER = new AccountId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final ReviewId REVIEW = ReviewId.automatic(ORDER, ReviewTrigger.ORDER_FAILED);
    static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
    static final ReviewOpenedEvent OPENED = new ReviewOpenedEvent(REVIEW, ORDER, CLIENT, WORKER,
            ReviewTrigger.ORDER_FAILED, AT);

    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Review.class);
    }

    @Test
    void anAutomaticReviewHasOneIdPerOrderAndTriggerAndOpensOnce() {
        Assertions.assertThat(ReviewId.automatic(ORDER, ReviewTrigger.ORDER_FAILED)).isEqualTo(REVIEW)
                .isNotEqualTo(ReviewId.automatic(ORDER, ReviewTrigger.ORDER_CANCELLED));
        fixture.givenNoPriorActivity()
                .when(new ReviewCommands.OpenReview(REVIEW, ORDER, CLIENT, WORKER, ReviewTrigger.ORDER_FAILED, AT))
                .expectEvents(OPENED);
        fixture.given(OPENED)
                .when(new ReviewCommands.OpenReview(REVIEW, ORDER, CLIENT, WORKER, ReviewTrigger.ORDER_FAILED, AT))
                .expectNoEvents();
    }

    @Test
    void aResultClosesTheReviewOnce() {
        ReviewCompletedEvent completed = new ReviewCompletedEvent(REVIEW, ORDER, CLIENT, WORKER,
                Verdict.WORKER_FAULT, true, "the worker overslept", "talked to the worker", MANAGER, AT);
        fixture.given(OPENED)
                .when(new ReviewCommands.CompleteReview(REVIEW, Verdict.WORKER_FAULT, true, "the worker overslept",
                        "talked to the worker", MANAGER, AT))
                .expectEvents(completed);
        fixture.given(OPENED, completed)
                .when(new ReviewCommands.CompleteReview(REVIEW, Verdict.NO_ISSUES, false, "again", "", MANAGER, AT))
                .expectException(CatworkException.class)
                .expectExceptionMessage(Matchers.containsString("DONE"));
    }
}
