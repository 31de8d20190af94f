package io.catwork.supplies.command;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The webhook secret in force: configured, or generated for the sandbox, which signs its own deliveries. */
@Component
class SupplierSecret {
    private static final Logger log = LoggerFactory.getLogger(SupplierSecret.class);
    private final String value;

    SupplierSecret(SupplierProperties properties) {
        if (properties.webhookSecret() != null && !properties.webhookSecret().isBlank()) {
            value = properties.webhookSecret();
        } else {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            value = HexFormat.of().formatHex(random);
            if (!properties.sandbox()) {
                log.warn("catwork.supplier.webhook-secret is not set: the supplier's webhooks will all be refused");
            }
        }
    }

    String value() {
        return value;
    }
}
