package io.catwork.ops.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on loopback for every context of the test run, on one fixed port so that a test can
 * stop it (the mail server is down) and start it again (it is back).
 */
public final class TestSmtp {
    public static final String HEADER = "X-Catwork-Notification-Id";
    private static final int PORT = freePort();
    private static final GreenMail SERVER =
            new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SERVER.start();
    }

    private TestSmtp() {
    }

    public static int port() {
        return PORT;
    }

    public static synchronized void stop() {
        SERVER.stop();
    }

    public static synchronized void start() {
        SERVER.start();
    }

    /** Every message received so far whose recipients match. */
    public static List<MimeMessage> messagesTo(Predicate<String> recipient) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(recipient))
                .toList();
    }

    public static List<MimeMessage> messagesTo(String address) {
        return messagesTo(address::equalsIgnoreCase);
    }

    public static String notificationId(MimeMessage message) {
        try {
            String[] values = message.getHeader(HEADER);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
