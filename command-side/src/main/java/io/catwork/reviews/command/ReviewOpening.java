package io.catwork.reviews.command;

import io.catwork.orders.api.OrderCancelledEvent;
import io.catwork.orders.api.OrderFailedEvent;
import io.catwork.orders.api.OrderId;
import io.catwork.orders.api.ReportMissingEvent;
import io.catwork.reviews.api.ReviewId;
import io.catwork.reviews.api.ReviewTrigger;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Opens a review of every failed or cancelled order, and of an order whose report is missing, exactly once: the review's id derives from the order and the
 * trigger, and opening it again changes nothing. A side-effect group, never replayed, parked per order.
 */
@Component
@ProcessingGroup(ReviewOpening.GROUP)
@DisallowReplay
class ReviewOpening {
    static final String GROUP = "reviews-opening";

    private final ReviewsLookup lookup;
    private final CommandGateway commands;

    ReviewOpening(ReviewsLookup lookup, CommandGateway commands) {
        this.lookup = lookup;
        this.commands = commands;
    }

    @EventHandler
    void on(OrderFailedEvent event, @Timestamp Instant at) {
        open(event.orderId(), ReviewTrigger.ORDER_FAILED, at);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @Timestamp Instant at) {
        open(event.orderId(), ReviewTrigger.ORDER_CANCELLED, at);
    }

    @EventHandler
    void on(ReportMissingEvent event, @Timestamp Instant at) {
        open(event.orderId(), ReviewTrigger.REPORT_MISSING, at);
    }

    private void open(OrderId orderId, ReviewTrigger trigger, Instant at) {
        ReviewsLookup.Parties parties = lookup.parties(orderId)
                .orElseThrow(() -> new IllegalStateException("no parties known for order " + orderId));
        commands.sendAndWait(new ReviewCommands.OpenReview(ReviewId.automatic(orderId, trigger), orderId,
                parties.clientId(), parties.workerId(), trigger, at));
    }
}
