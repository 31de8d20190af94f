package io.catwork.hiring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateTestCommand(@TargetAggregateIdentifier TestId testId, String name, String description,
                                int maxScore, int passScore) {
}
