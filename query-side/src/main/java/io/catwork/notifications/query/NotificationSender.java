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
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox rows over SMTP, one at a time: send, then mark SENT in its own transaction. A permanent refusal
 * of an email (an SMTP 5xx for it) makes it FAILED at once; a temporary one reschedules it with exponential backoff,
 * for {@code retry-for} (FAILED after that). When the server itself is down the round ends (the others would fail
 * too); when only this email is at fault the round goes on with the next. Runs inside a db-scheduler recurring task,
 * so once per cluster. The only window for a duplicate is a crash between the server's acceptance and the commit of
 * SENT.
 */
@Component
class NotificationSender {
    static final String HEADER = "X-Catwork-Notification-Id";
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final MailSecrets secrets;
    private final Clock clock;

    NotificationSender(NotificationRepository notifications, JavaMailSender mail, NotificationProperties properties,
                       TransactionTemplate transactions, MailSecrets secrets, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.secrets = secrets;
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
                DeliveryFailures.Kind kind = DeliveryFailures.classify(e);
                log.warn("email {} to {} not delivered ({}): {}", id, notification.recipient(), kind, e.toString());
                record(id, row -> row.failed(e.getMessage(), kind == DeliveryFailures.Kind.PERMANENT, clock.instant(),
                        properties));
                if (kind == DeliveryFailures.Kind.SERVER_UNAVAILABLE) {
                    break;
                }
                continue;
            }
            record(id, row -> row.sent(clock.instant()));
            sent++;
        }
        return sent;
    }

    private void record(UUID id, java.util.function.Consumer<Notification> change) {
        try {
            transactions.executeWithoutResult(status -> notifications.findById(id).ifPresent(change));
        } catch (ObjectOptimisticLockingFailureException e) {
            log.info("email {} changed while it was being sent (a resend); leaving it to the next round", id);
        }
    }

    /**
     * The email's one-time secret, issued now. One that can never be issued (the account is gone or already
     * activated) fails the email for good; any other failure (the database away) is temporary.
     */
    private String secret(Notification notification) {
        try {
            return secrets.issue(notification.secretRef());
        } catch (IllegalArgumentException | IllegalStateException never) {
            throw new MailPreparationException("cannot issue the one-time secret of email " + notification.id()
                    + ": " + never.getMessage(), never);
        } catch (RuntimeException later) {
            throw new MailSendException("cannot issue the one-time secret of email " + notification.id() + " now",
                    later);
        }
    }

    private MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(notification.secretRef() == null ? notification.body()
                : notification.body().replace(MailSecrets.PLACEHOLDER, secret(notification)), false);
        message.setHeader(HEADER, notification.id().toString());
        return message;
    }
}
