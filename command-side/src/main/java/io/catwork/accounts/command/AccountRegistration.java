package io.catwork.accounts.command;

import io.catwork.accounts.api.AccountErrorCode;
import io.catwork.accounts.api.EmailAddresses;
import io.catwork.accounts.api.RegisterAccountCommand;
import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts: the login ({@link CredentialStore}) and the account's event in one transaction (the command joins
 * it), so an account never exists without its login, nor a login without its account. Emails are unique ignoring case.
 */
@Service
public class AccountRegistration {
    private final CredentialStore credentials;
    private final CommandGateway commands;
    private final Clock clock;

    AccountRegistration(CredentialStore credentials, CommandGateway commands, Clock clock) {
        this.credentials = credentials;
        this.commands = commands;
        this.clock = clock;
    }

    /** {@code password} null: the account cannot log in until it sets one (workers, through activation). */
    public record NewAccount(Role role, String name, String email, String password, String phone, String address,
                             String workerCode) {

        public NewAccount(Role role, String name, String email, String password, String phone, String address) {
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
        String email = EmailAddresses.normalize(account.email());
        if (credentials.exists(email)) {
            throw new CatworkException(AccountErrorCode.EMAIL_TAKEN, "email",
                    "an account with this email already exists");
        }
        credentials.create(id, email, account.password(), account.role(), clock.instant());
        commands.sendAndWait(new RegisterAccountCommand(id, account.role(), account.name().strip(), email,
                account.phone(), account.address(), account.workerCode()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return credentials.exists(EmailAddresses.normalize(email));
    }
}
