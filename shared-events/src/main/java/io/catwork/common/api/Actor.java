package io.catwork.common.api;

import java.util.Objects;

/**
 * Who causes a command: an account with its role, or the system itself ({@code id} is null for SYSTEM and
 * ANONYMOUS).
 */
public record Actor(AccountId id, Role role) {
    public static final Actor SYSTEM = new Actor(null, Role.SYSTEM);
    public static final Actor ANONYMOUS = new Actor(null, Role.ANONYMOUS);

    public Actor {
        Objects.requireNonNull(role, "role");
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    public boolean isAccount(AccountId account) {
        return id != null && id.equals(account);
    }
}
