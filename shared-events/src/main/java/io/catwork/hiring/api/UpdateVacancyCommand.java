package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a vacancy's fields; {@code open = false} closes it to new applications. */
public record UpdateVacancyCommand(@TargetAggregateIdentifier VacancyId vacancyId, String title, String description,
                                   List<TestId> testIds, boolean open) {
}
