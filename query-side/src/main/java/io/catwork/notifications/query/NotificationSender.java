package io.catwork.notifications.query;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows over SMTP, one at a time: send, then mark SENT in its own transaction. A failure
 * reschedules the row with exponential backoff (FAILED after the last attempt); when the server itself is down it
 * ends the round (the others would fail too), when only this email is at fault the round goes on with the next. Runs inside a db-scheduler recurring task, so once per cluster.
 * The only window for a duplicate is a crash between the server's acceptance and the commit of SENT.
 */
@Component
class NotificationSender {
    static final String HEADER = "X-Catwork-Notification-Id";
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationSender(NotificationRepository notifications, JavaMailSender mail, NotificationProperties properties,
                       TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due; stops early when {@code stopping} says so. Returns how many were sent. */
    int sendDue(BooleanSupplier stopping) {
        List<Notification> due = notifications.findDue(clock.instant(), PageRequest.of(0, properties.batchSize()));
        int sent = 0;
        for (Notification notification : due) {
            if (stopping.getAsBoolean()) {
                break;
            }
            UUID id = notification.id();
            try {
                mail.send(message(notification));
            } catch (MailException | MessagingException e) {
                log.warn("email {} to {} not delivered: {}", id, notification.recipient(), e.toString());
                record(id, row -> row.failed(e.getMessage(), clock.instant(), properties));
                if (serverUnavailable(e)) {
                    break;
                }
                continue;
            }
            record(id, row -> row.sent(clock.instant()));
            sent++;
        }
        return sent;
    }

    /**
     * Whether the failure is the mail server's (down, refusing our login): then the others would fail too, and the
     * round ends. A failure of this email alone (an address that cannot be parsed, a recipient the server refuses)
     * never holds up the next one.
     */
    static boolean serverUnavailable(Exception failure) {
        if (failure instanceof MessagingException || failure instanceof MailPreparationException
                || failure instanceof MailParseException) {
            return false;
        }
        return !(failure instanceof MailSendException send && send.getCause() == null
                && !send.getFailedMessages().isEmpty());
    }

    private void record(UUID id, java.util.function.Consumer<Notification> change) {
        try {
            transactions.executeWithoutResult(status -> notifications.findById(id).ifPresent(change));
        } catch (ObjectOptimisticLockingFailureException e) {
            log.info("email {} changed while it was being sent (a resend); leaving it to the next round", id);
        }
    }

    private MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(notification.body(), false);
        message.setHeader(HEADER, notification.id().toString());
        return message;
    }
}
