package io.catwork.accounts.api;

/** Every event of the accounts module. */
public sealed interface AccountEvent permits AccountRegisteredEvent {
}
