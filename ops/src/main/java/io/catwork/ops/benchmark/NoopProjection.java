package io.catwork.ops.benchmark;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A benchmark instrument, present only with {@code catwork.benchmark.noop-projection=true}: a projection whose one
 * handler takes every event and does nothing with it. Replaying it costs what Axon itself costs (reading the event
 * store, deserializing every payload, sequencing, the dead-letter checks, tokens and transactions), so the replay
 * benchmark can tell that apart from the real projections' own work. Declared as a projection by
 * {@link BenchmarkModule}; it writes nothing, so its reset has nothing to clear. Never set it in production: it is
 * one more processor reading every event.
 */
@Component
@ConditionalOnProperty(name = NoopProjection.PROPERTY, havingValue = "true")
@ProcessingGroup(NoopProjection.GROUP)
class NoopProjection {
    static final String PROPERTY = "catwork.benchmark.noop-projection";
    static final String GROUP = "benchmark-noop-projection";

    @EventHandler
    void on(Object event) {
        // nothing: the cost of getting here is what is measured
    }

    @ResetHandler
    void reset() {
        // no table to clear
    }
}
