package io.catwork.accounts.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an account ({@code workerCode} only for workers). The password never travels in a message: ops stores its
 * hash beside the event store.
 */
public record RegisterAccountCommand(@TargetAggregateIdentifier AccountId accountId, Role role, String name,
                                     String email, String phone, String address, String workerCode) {
}
