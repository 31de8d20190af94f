package io.catwork.hiring.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code testIds}: the tests the vacancy assigns in advance, assigned on submission. */
public record SubmitApplicationCommand(@TargetAggregateIdentifier ApplicationId applicationId, VacancyId vacancyId,
                                       String name, String email, String phone, Characteristics characteristics,
                                       String about, List<TestId> testIds, Instant submittedAt) {
}
