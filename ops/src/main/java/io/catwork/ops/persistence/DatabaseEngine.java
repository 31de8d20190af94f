package io.catwork.ops.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which engine the datasource is: PostgreSQL (production, tests) or the embedded H2 default. */
@Component
public class DatabaseEngine {
    private final boolean postgres;

    DatabaseEngine(@Value("${spring.datasource.url:}") String url) {
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    public boolean isPostgres() {
        return postgres;
    }
}
