package io.catwork.ops.security;

import io.catwork.accounts.command.CredentialStore;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.Role;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The accounts module's logins in {@code account_credentials}, passwords as bcrypt hashes. */
@Component
class JpaCredentialStore implements CredentialStore {
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwordEncoder;

    JpaCredentialStore(CredentialsRepository credentials, PasswordEncoder passwordEncoder) {
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public boolean exists(String email) {
        return credentials.existsByEmail(email);
    }

    @Override
    public void create(AccountId id, String email, String password, Role role, Instant at) {
        String hash = password == null ? null : passwordEncoder.encode(password);
        credentials.saveAndFlush(new Credentials(id.value(), email, hash, role, at));
    }

    @Override
    public boolean hasPassword(AccountId id) {
        return credentials.findById(id.value()).map(login -> login.passwordHash() != null).orElse(false);
    }

    @Override
    public void setPassword(AccountId id, String password) {
        credentials.findById(id.value())
                .orElseThrow(() -> new IllegalStateException("no credentials for " + id))
                .setPasswordHash(passwordEncoder.encode(password));
    }
}
