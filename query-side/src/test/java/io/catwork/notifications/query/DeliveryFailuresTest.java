package io.catwork.notifications.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Real SMTP answers, from a tiny SMTP server on loopback that refuses recipients with the code it is given, through
 * Spring's real mail sender: a 5xx is permanent, a 4xx temporary, a server that is not there unavailable.
 */
class DeliveryFailuresTest {

    /** Answers every command with success, except RCPT TO, which it answers with {@code rcptReply}. */
    private static ServerSocket smtp(String rcptReply) throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.US_ASCII));
                    OutputStream out = client.getOutputStream();
                    reply(out, "220 stub ESMTP");
                    boolean data = false;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (data) {
                            if (line.equals(".")) {
                                data = false;
                                reply(out, "250 queued");
                            }
                        } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                            reply(out, "250 stub");
                        } else if (line.startsWith("RCPT")) {
                            reply(out, rcptReply);
                        } else if (line.startsWith("DATA")) {
                            data = true;
                            reply(out, "354 go on");
                        } else if (line.startsWith("QUIT")) {
                            reply(out, "221 bye");
                            break;
                        } else {
                            reply(out, "250 ok");
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
        return server;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static DeliveryFailures.Kind sendThrough(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("noreply@catwork.local");
        message.setTo("cat@example.com");
        message.setSubject("hello");
        message.setText("purr");
        MailException failed = catchThrowableOfType(MailException.class, () -> sender.send(message));
        assertThat(failed).isNotNull();
        return DeliveryFailures.classify(failed);
    }

    @Test
    void aRecipientRefusedWithA5xxIsPermanent() throws IOException {
        try (ServerSocket server = smtp("550 5.1.1 no such user")) {
            assertThat(sendThrough(server.getLocalPort())).isEqualTo(DeliveryFailures.Kind.PERMANENT);
        }
    }

    @Test
    void aRecipientRefusedWithA4xxIsTemporary() throws IOException {
        try (ServerSocket server = smtp("450 4.2.1 mailbox busy, try later")) {
            assertThat(sendThrough(server.getLocalPort())).isEqualTo(DeliveryFailures.Kind.TEMPORARY);
        }
    }

    @Test
    void aServerThatIsNotThereIsUnavailable() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        assertThat(sendThrough(port)).isEqualTo(DeliveryFailures.Kind.SERVER_UNAVAILABLE);
    }
}
