package io.catwork.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code catwork.admin.*}: the first manager, created at start-up when no account has this email.
 *
 * @param email    the first manager's email
 * @param password the first manager's password; unset: generated and printed once in the log
 * @param name     the first manager's name
 */
@ConfigurationProperties("catwork.admin")
public record AdminProperties(@DefaultValue("admin@catwork.local") String email, String password,
                              @DefaultValue("Catwork Admin") String name) {
}
