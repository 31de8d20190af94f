package io.catwork.ops.processing;

import java.util.Map;
import java.util.Optional;

/** The parking of every saga group, by group name. */
public final class SagaDeadLetters {
    private final Map<String, SagaParking> parking;

    SagaDeadLetters(Map<String, SagaParking> parking) {
        this.parking = Map.copyOf(parking);
    }

    SagaParking parking(String group) {
        return Optional.ofNullable(parking.get(group))
                .orElseThrow(() -> new IllegalStateException("no saga group " + group));
    }

    Optional<SagaParking> find(String group) {
        return Optional.ofNullable(parking.get(group));
    }
}
