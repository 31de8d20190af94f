package io.catwork.hiring.api;

import io.catwork.common.api.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code hiredOn}: the hiring day in the business zone, from which the worker's age is counted. */
public record HireApplicantCommand(@TargetAggregateIdentifier ApplicationId applicationId, AccountId workerId,
                                   String payoutAccount, LocalDate hiredOn, Instant hiredAt) {
}
