package io.catwork.ops.security;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.Actor;
import io.catwork.common.api.Role;
import io.catwork.ops.web.CurrentActor;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A login as Spring Security sees it: the Basic authentication of the token endpoint, and the principal of a console
 * session (without its password hash once signed in).
 */
record AccountUserDetails(UUID accountId, Role role, String email, String passwordHash)
        implements UserDetails, CurrentActor.SignedIn {

    static AccountUserDetails of(Credentials credentials) {
        return new AccountUserDetails(credentials.accountId(), credentials.role(), credentials.email(),
                credentials.passwordHash());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return passwordHash != null;
    }

    @Override
    public Actor actor() {
        return new Actor(new AccountId(accountId), role);
    }

    /** The same account, enabled, without its password hash (no password matches ""): what a console session keeps. */
    AccountUserDetails withoutPassword() {
        return new AccountUserDetails(accountId, role, email, "");
    }

    @Override
    public String toString() {
        return "AccountUserDetails[" + accountId + ", " + role + "]";
    }
}
