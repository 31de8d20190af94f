package io.catwork.accounts.api;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import org.axonframework.serialization.Revision;

/**
 * An account was opened: a client signed up, a manager created a staff member, or an applicant was hired as a
 * worker ({@code workerCode} only then).
 */
@Revision("1")
public record AccountRegisteredEvent(AccountId accountId, Role role, String name, String email, String phone,
                                     String address, String workerCode) implements AccountEvent {
}
