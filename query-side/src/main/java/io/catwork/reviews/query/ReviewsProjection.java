package io.catwork.reviews.query;

import io.catwork.accounts.api.AccountRegisteredEvent;
import io.catwork.common.api.Role;
import io.catwork.reviews.api.ReviewCompletedEvent;
import io.catwork.reviews.api.ReviewOpenedEvent;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reviews as managers see them, and the clients' contacts a review shows; rows from event data alone. */
@Component
@ProcessingGroup(ReviewsProjection.GROUP)
class ReviewsProjection {
    static final String GROUP = "reviews-projection";

    private final JdbcTemplate jdbc;

    ReviewsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountRegisteredEvent event) {
        if (event.role() == Role.CLIENT) {
            jdbc.update("insert into review_client (client_id, name, email, phone) values (?, ?, ?, ?) "
                    + "on conflict do nothing", event.accountId().value(), event.name(), event.email(), event.phone());
        }
    }

    @EventHandler
    void on(ReviewOpenedEvent event) {
        jdbc.update("insert into review_view (id, order_id, client_id, status, review_trigger, opened_at) "
                        + "values (?, ?, ?, 'OPEN', ?, ?) on conflict do nothing", event.reviewId().value(),
                event.orderId().value(), event.clientId().value(), event.trigger().name(),
                Timestamp.from(event.openedAt()));
    }

    @EventHandler
    void on(ReviewCompletedEvent event) {
        jdbc.update("update review_view set status = 'DONE', verdict = ?, client_contacted = ?, findings = ?, "
                        + "actions = ?, completed_by = ?, completed_at = ? where id = ?", event.verdict().name(),
                event.clientContacted(), event.findings(), event.actions(),
                event.completedBy() == null ? null : event.completedBy().value(), Timestamp.from(event.completedAt()),
                event.reviewId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from review_view");
        jdbc.update("delete from review_client");
    }
}
