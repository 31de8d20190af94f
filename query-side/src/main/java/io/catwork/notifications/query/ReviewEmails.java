package io.catwork.notifications.query;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import io.catwork.orders.api.ReportMissingEvent;
import io.catwork.reviews.api.ReviewCompletedEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * A quality review's result, to the order's client and, when one was assigned, its worker (DOMAIN.md §7); a missing
 * report, to the worker and every manager (DOMAIN.md §2).
 */
@Component
@ProcessingGroup(NotificationGroup.NAME)
@DisallowReplay
class ReviewEmails {
    static final String REVIEW_COMPLETED = "review-completed";
    static final String REPORT_MISSING = "report-missing";

    private final RecipientRepository recipients;
    private final NotificationOutbox outbox;

    ReviewEmails(RecipientRepository recipients, NotificationOutbox outbox) {
        this.recipients = recipients;
        this.outbox = outbox;
    }

    @EventHandler
    void on(ReviewCompletedEvent event, @MessageIdentifier String eventId) {
        to(event.clientId(), eventId, event);
        if (event.workerId() != null) {
            to(event.workerId(), eventId, event);
        }
    }

    @EventHandler
    void on(ReportMissingEvent event, @MessageIdentifier String eventId) {
        Recipient worker = recipients.findById(event.workerId().value())
                .orElseThrow(() -> new IllegalStateException("unknown worker " + event.workerId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderId", event.orderId().toString());
        variables.put("workerName", worker.name());
        variables.put("forWorker", true);
        variables.put("name", worker.name());
        outbox.enqueue(eventId, worker.email(), REPORT_MISSING, new HashMap<>(variables));
        variables.put("forWorker", false);
        for (Recipient manager : recipients.findAllByRole(Role.MANAGER)) {
            variables.put("name", manager.name());
            outbox.enqueue(eventId, manager.email(), REPORT_MISSING, new HashMap<>(variables));
        }
    }

    private void to(AccountId accountId, String eventId, ReviewCompletedEvent event) {
        Recipient recipient = recipients.findById(accountId.value())
                .orElseThrow(() -> new IllegalStateException("unknown recipient " + accountId));
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", recipient.name());
        variables.put("orderId", event.orderId().toString());
        variables.put("reviewId", event.reviewId().toString());
        variables.put("verdict", event.verdict().name());
        variables.put("findings", event.findings());
        variables.put("actions", event.actions() == null ? "" : event.actions());
        outbox.enqueue(eventId, recipient.email(), REVIEW_COMPLETED, variables);
    }
}
