package io.catwork.ops.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.security.*}. {@code jwtSecret}: base64 of at least 32 random bytes, the HMAC key that signs
 * tokens; every node of a cluster needs the same. Left empty, a random key is generated at start (tokens then
 * last until a restart). {@code tokenTtl}: how long a token is valid.
 *
 * @param jwtSecret base64 of at least 32 random bytes: the HMAC key of the bearer tokens, the same on every node;
 *                  required on PostgreSQL, generated per run by the embedded default (tokens then die with a restart)
 * @param tokenTtl  how long a bearer token lives
 */
@ConfigurationProperties("catwork.security")
public record SecurityProperties(String jwtSecret, @DefaultValue("PT12H") Duration tokenTtl) {
}
