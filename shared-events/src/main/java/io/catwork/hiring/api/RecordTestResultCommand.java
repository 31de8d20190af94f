package io.catwork.hiring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordTestResultCommand(@TargetAggregateIdentifier ApplicationId applicationId, TestId testId,
                                      int score, boolean passed, String comment) {
}
