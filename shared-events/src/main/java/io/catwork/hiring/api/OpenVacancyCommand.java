package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenVacancyCommand(@TargetAggregateIdentifier VacancyId vacancyId, String title, String description,
                                 List<TestId> testIds) {
}
