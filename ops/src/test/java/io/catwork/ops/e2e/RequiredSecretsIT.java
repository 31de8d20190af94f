package io.catwork.ops.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catwork.ops.testing.StandaloneApp;
import io.catwork.ops.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** On PostgreSQL a node will not start with secrets of its own making: two nodes would disagree. */
class RequiredSecretsIT {

    @Test
    void aNodeOnPostgresRefusesToStartWithoutTheSharedSecrets() {
        assertThatThrownBy(() -> StandaloneApp.startWithout(TestDatabase.createExtra()).close())
                .hasStackTraceContaining("catwork.security.jwt-secret")
                .hasStackTraceContaining("catwork.supplier.webhook-secret")
                .hasStackTraceContaining("catwork.golden-hat.webhook-secret");
    }
}
