package io.catwork.accounts.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import java.time.Instant;

/**
 * Where logins are kept: ops' credentials table, beside the event store, with bcrypt hashes. The accounts module
 * decides who gets a login; ops keeps them and issues tokens. Every call joins the caller's transaction.
 */
public interface CredentialStore {

    /** Whether an account has this (normalized) email. */
    boolean exists(String email);

    /** Stores a login; {@code password} null: it cannot log in until it sets one (workers, through activation). */
    void create(AccountId id, String email, String password, Role role, Instant at);

    void setPassword(AccountId id, String password);

    /** Whether the account has set a password (an activated worker, any other account). */
    boolean hasPassword(AccountId id);
}
