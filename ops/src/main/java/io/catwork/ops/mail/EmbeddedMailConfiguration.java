package io.catwork.ops.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default for mail: with no {@code spring.mail.host}, Catwork starts an SMTP sink on loopback and sends
 * to it through the real path (outbox, sender, SMTP), logging each email it accepts. Nothing leaves the machine.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}' == ''")
class EmbeddedMailConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpSink(@Value("${catwork.mail.embedded-port:0}") int configuredPort) {
        int port = configuredPort > 0 ? configuredPort : freeLoopbackPort();
        GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        log.warn("spring.mail.host is not set: emails go to the embedded SMTP sink on 127.0.0.1:{} and are only logged",
                port);
        return sink;
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail embeddedSmtpSink) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                super.doSend(messages, originals);
                Arrays.stream(messages).forEach(EmbeddedMailConfiguration::logAccepted);
            }
        };
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpSink.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    private static void logAccepted(MimeMessage message) {
        try {
            log.info("embedded SMTP sink accepted an email to {}: {}", Arrays.toString(message.getAllRecipients()),
                    message.getSubject());
        } catch (MessagingException e) {
            log.info("embedded SMTP sink accepted an email ({})", e.toString());
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
