package io.catwork.billing.command;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The Golden Hat webhook secret in force: configured, or generated for the sandbox, which signs its own webhooks. */
@Component
class GoldenHatSecret {
    private static final Logger log = LoggerFactory.getLogger(GoldenHatSecret.class);
    private final String value;

    GoldenHatSecret(GoldenHatProperties properties) {
        if (properties.webhookSecret() != null && !properties.webhookSecret().isBlank()) {
            value = properties.webhookSecret();
        } else {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            value = HexFormat.of().formatHex(random);
            if (!properties.sandbox()) {
                log.warn("catwork.golden-hat.webhook-secret is not set: Golden Hat's webhooks will all be refused; "
                        + "payouts still settle by polling");
            }
        }
    }

    String value() {
        return value;
    }
}
