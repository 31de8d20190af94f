package io.catwork.accounts.command;

import io.catwork.common.api.AccountId;
import io.catwork.common.api.CatworkException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues one-time activation tokens (random, expiring, stored hashed) and lets a worker set its password. */
@Service
public class ActivationTokens {
    private final SecureRandom random = new SecureRandom();
    private final ActivationTokenRepository tokens;
    private final CredentialStore credentials;
    private final Clock clock;
    private final Duration ttl;

    ActivationTokens(ActivationTokenRepository tokens, CredentialStore credentials, Clock clock,
                     @Value("${catwork.accounts.activation-ttl:P7D}") Duration ttl) {
        this.tokens = tokens;
        this.credentials = credentials;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * A new token for the account, replacing any earlier unused one (only the newest email works); only its hash is
     * kept. Returns the token itself, to be emailed. Called when the activation email is sent, so no outbox row holds
     * it.
     */
    @Transactional
    public String issue(UUID accountId) {
        if (credentials.hasPassword(new AccountId(accountId))) {
            throw new IllegalStateException("the account has set its password already");
        }
        tokens.dropUnused(accountId);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new ActivationToken(hash(token), accountId, clock.instant().plus(ttl)));
        return token;
    }

    Duration ttl() {
        return ttl;
    }

    /** Sets the password with a token that is still usable; of two uses at the same moment, one wins. */
    @Transactional
    public void setPassword(String token, String password) {
        String hash = hash(token);
        if (tokens.use(hash, clock.instant()) != 1) {
            throw CatworkException.invalid("activationToken",
                    "unknown, expired or already used; ask a manager for a new one");
        }
        ActivationToken activation = tokens.findById(hash).orElseThrow();
        credentials.setPassword(new AccountId(activation.accountId()), password);
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
