package io.catwork.ops.security;

import io.catwork.ops.persistence.DatabaseEngine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the production engine, a node refuses to start without the secrets that every node of a cluster must
 * share: the bearer tokens' key and the supplier's and Golden Hat's webhook secrets. A generated one would differ per node (a token from
 * one node refused by the next, a webhook signed for one and refused by the other) and die with a restart. The
 * embedded default keeps generating them, with a warning.
 */
@Component
class RequiredSecrets {
    static final List<String> KEYS = List.of("catwork.security.jwt-secret", "catwork.supplier.webhook-secret",
            "catwork.golden-hat.webhook-secret");

    RequiredSecrets(DatabaseEngine engine, Environment environment) {
        if (!engine.isPostgres()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String key : KEYS) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("On PostgreSQL every node needs the same " + missing
                    + ": set them (for instance a random 32 bytes in base64 each) before starting");
        }
    }
}
