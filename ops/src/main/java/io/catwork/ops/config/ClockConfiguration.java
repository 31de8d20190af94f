package io.catwork.ops.config;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of Catwork, shifted by {@code catwork.clock.offset}. Axon stamps events and deadline messages with
 * {@link GenericEventMessage#clock}, so that static clock is set to the same one; db-scheduler, which fires deadlines
 * and jobs, reads the same clock too, so a deadline scheduled in shifted time fires in shifted time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    CatworkClock clock(@Value("${catwork.clock.offset:PT0S}") Duration offset) {
        CatworkClock clock = new CatworkClock(Clock.systemUTC(), offset);
        GenericEventMessage.clock = clock;
        return clock;
    }

    @Bean
    com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
        return clock::instant;
    }
}
