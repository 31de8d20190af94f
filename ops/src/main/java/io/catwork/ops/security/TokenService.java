package io.catwork.ops.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.catwork.common.api.Role;
import io.catwork.ops.web.CurrentActor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues and verifies Catwork's own HS256 bearer tokens: subject = account id, claim {@code role}. */
@Component
class TokenService {
    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    static final String ISSUER = "catwork";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecurityProperties properties;
    private final Clock clock;

    /** {@code required}: checked first, so that on PostgreSQL no key is ever generated. */
    TokenService(SecurityProperties properties, Clock clock, RequiredSecrets required) {
        this.properties = properties;
        this.clock = clock;
        SecretKey key = new SecretKeySpec(keyBytes(properties.jwtSecret()), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock); // the default is the system clock; ours may be shifted by catwork.clock.offset
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.decoder = nimbus;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    IssuedToken issue(UUID accountId, Role role, String email) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(accountId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(CurrentActor.ROLE_CLAIM, role.name())
                .claim("email", email)
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return new IssuedToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), expiresAt);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    private static byte[] keyBytes(String configured) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < 32) {
                throw new IllegalStateException("catwork.security.jwt-secret must be base64 of at least 32 bytes");
            }
            return key;
        }
        log.warn("catwork.security.jwt-secret is not set: signing tokens with a random key generated for this run");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
