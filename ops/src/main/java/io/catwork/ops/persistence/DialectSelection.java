package io.catwork.ops.persistence;

import java.util.Map;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Picks {@link CatworkPostgreSQLDialect} whenever the datasource is PostgreSQL, so pointing Catwork at PostgreSQL
 * takes only {@code spring.datasource.*}. The embedded H2 default keeps Hibernate's own H2 dialect.
 */
@Component
class DialectSelection implements HibernatePropertiesCustomizer {
    private final DatabaseEngine engine;

    DialectSelection(DatabaseEngine engine) {
        this.engine = engine;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        if (engine.isPostgres()) {
            hibernateProperties.putIfAbsent("hibernate.dialect", CatworkPostgreSQLDialect.class.getName());
        }
    }
}
