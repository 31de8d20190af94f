package io.catwork.ops.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code catwork.admin.*}: the first manager, created at start-up when no account has this email. */
@ConfigurationProperties("catwork.admin")
public record AdminProperties(@DefaultValue("admin@catwork.local") String email, String password,
                              @DefaultValue("Catwork Admin") String name) {
}
