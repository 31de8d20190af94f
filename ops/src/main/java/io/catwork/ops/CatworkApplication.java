package io.catwork.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Catwork: the whole back office in one jar. Every module's beans live below {@code io.catwork}. */
@SpringBootApplication(scanBasePackages = "io.catwork")
@ConfigurationPropertiesScan("io.catwork")
@EnableJpaRepositories(basePackages = "io.catwork")
@EntityScan(basePackages = {
        "io.catwork",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.modelling.saga.repository.jpa",
        "org.axonframework.eventhandling.deadletter.jpa"})
public class CatworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatworkApplication.class, args);
    }
}
