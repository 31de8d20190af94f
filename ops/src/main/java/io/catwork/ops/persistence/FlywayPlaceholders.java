package io.catwork.ops.persistence;

import java.util.Map;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The one place where the migrations differ between engines: the type of Axon's binary columns, {@code ${binary}}.
 * PostgreSQL gets {@code bytea} (with {@link CatworkPostgreSQLDialect}); the embedded H2 gets
 * {@code binary large object}, which Hibernate's H2 dialect expects for {@code @Lob byte[]}.
 */
@Component
class FlywayPlaceholders implements FlywayConfigurationCustomizer {
    private final DatabaseEngine engine;

    FlywayPlaceholders(DatabaseEngine engine) {
        this.engine = engine;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.placeholders(Map.of("binary", engine.isPostgres() ? "bytea" : "binary large object"));
    }
}
