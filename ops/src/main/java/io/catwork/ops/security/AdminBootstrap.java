package io.catwork.ops.security;

import io.catwork.accounts.command.AccountRegistration;
import io.catwork.common.api.CatworkException;
import io.catwork.common.api.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first manager from {@code catwork.admin.*} when no account has that email. With no configured
 * password one is generated and printed once, in this log line only.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties admin;
    private final AccountRegistration accounts;

    AdminBootstrap(AdminProperties admin, AccountRegistration accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(admin.email())) {
            return;
        }
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? generatePassword() : admin.password();
        try {
            accounts.register(new AccountRegistration.NewAccount(Role.MANAGER, admin.name(), admin.email(), password,
                    null, null));
        } catch (CatworkException | DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("The first manager {} was created by another node meanwhile", admin.email());
            return;
        }
        if (generated) {
            log.warn("Created the first manager {} with the generated password {} (shown once; set "
                    + "catwork.admin.password to choose it)", admin.email(), password);
        } else {
            log.info("Created the first manager {} from catwork.admin.*", admin.email());
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
