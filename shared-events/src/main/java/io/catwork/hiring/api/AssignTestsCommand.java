package io.catwork.hiring.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignTestsCommand(@TargetAggregateIdentifier ApplicationId applicationId, List<TestId> testIds) {
}
