package io.catwork.ops.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {
    private final Clock axonClockBefore = GenericEventMessage.clock;

    @AfterEach
    void restoreAxonClock() {
        GenericEventMessage.clock = axonClockBefore;
    }

    @Test
    void theOffsetShiftsOurClockAxonsAndTheSchedulersAlike() {
        ClockConfiguration configuration = new ClockConfiguration();
        Clock clock = configuration.clock(Duration.ofDays(7));
        Instant weekAhead = Instant.now().plus(Duration.ofDays(7));

        assertThat(Duration.between(weekAhead, clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(GenericEventMessage.clock).isSameAs(clock);
        assertThat(Duration.between(weekAhead, GenericEventMessage.clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(weekAhead, configuration.schedulerClock(clock).now()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }
}
