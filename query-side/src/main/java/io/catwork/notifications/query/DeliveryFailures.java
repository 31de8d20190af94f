package io.catwork.notifications.query;

import jakarta.mail.MessagingException;
import java.lang.reflect.Method;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/** What a failed delivery says about the email, the mail server, or neither. */
final class DeliveryFailures {
    private DeliveryFailures() {
    }

    enum Kind {
        /** This email will never go: an SMTP 5xx for it, an address or content that cannot be prepared. */
        PERMANENT,
        /** This email may go later: an SMTP 4xx for it. */
        TEMPORARY,
        /** The server is down, slow or refuses us: the others would fail too; this one is tried again later. */
        SERVER_UNAVAILABLE
    }

    static Kind classify(Exception failure) {
        if (failure instanceof MessagingException || failure instanceof MailPreparationException
                || failure instanceof MailParseException) {
            return Kind.PERMANENT;
        }
        if (failure instanceof MailSendException send && send.getCause() == null
                && !send.getFailedMessages().isEmpty()) {
            int reply = 0;
            for (Exception each : send.getMessageExceptions()) {
                reply = Math.max(reply, smtpReply(each));
            }
            return reply >= 500 ? Kind.PERMANENT : Kind.TEMPORARY;
        }
        return Kind.SERVER_UNAVAILABLE;
    }

    /**
     * The highest SMTP reply code in the failure and the exceptions it chains (the mail provider's SMTP exceptions
     * carry it as {@code getReturnCode()}); 0 when none does.
     */
    static int smtpReply(Throwable failure) {
        int highest = 0;
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            highest = Math.max(highest, returnCode(current));
            Throwable next = current instanceof MessagingException messaging ? messaging.getNextException() : null;
            current = next != null && next != current ? next : current.getCause() == current ? null
                    : current.getCause();
        }
        return highest;
    }

    private static int returnCode(Throwable failure) {
        try {
            Method getter = failure.getClass().getMethod("getReturnCode");
            return getter.invoke(failure) instanceof Integer code ? code : 0;
        } catch (ReflectiveOperationException | RuntimeException none) {
            return 0;
        }
    }
}
