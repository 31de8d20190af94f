package io.catwork.ops.security;

import io.catwork.accounts.api.RegisterAccountCommand;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.ErrorCode;
import io.catwork.common.api.Role;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts: the credentials row and the account's event in one transaction (the command joins it), so an
 * account never exists without its login, nor a login without its account. Emails are unique ignoring case.
 */
@Service
class AccountService {
    private final CredentialsRepository credentials;
    private final PasswordEncoder passwordEncoder;
    private final CommandGateway commands;
    private final Clock clock;

    AccountService(CredentialsRepository credentials, PasswordEncoder passwordEncoder, CommandGateway commands,
                   Clock clock) {
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.commands = commands;
        this.clock = clock;
    }

    /** {@code password} null: the account cannot log in until it sets one (workers, through activation). */
    record NewAccount(Role role, String name, String email, String password, String phone, String address,
                      String workerCode) {

        NewAccount(Role role, String name, String email, String password, String phone, String address) {
            this(role, name, email, password, phone, address, null);
        }
    }

    @Transactional
    public AccountId register(NewAccount account) {
        AccountId id = new AccountId(UUID.randomUUID());
        register(id, account);
        return id;
    }

    /** Opens account {@code id}; joins the caller's transaction (a hire's, for a worker). */
    @Transactional
    public void register(AccountId id, NewAccount account) {
        String email = normalize(account.email());
        if (credentials.existsByEmail(email)) {
            throw new CatworkException(ErrorCode.EMAIL_TAKEN, "email", "an account with this email already exists");
        }
        String hash = account.password() == null ? null : passwordEncoder.encode(account.password());
        credentials.saveAndFlush(new Credentials(id.value(), email, hash, account.role(), clock.instant()));
        commands.sendAndWait(new RegisterAccountCommand(id, account.role(), account.name().strip(), email,
                account.phone(), account.address(), account.workerCode()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return credentials.existsByEmail(normalize(email));
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
