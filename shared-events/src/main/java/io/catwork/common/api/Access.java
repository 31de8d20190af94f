package io.catwork.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint, declared on the controller method (or on its class, for all its methods). Security is deny
 * by default: a request that reaches no declared endpoint is refused with 403, whatever its method (HEAD and OPTIONS
 * included). Exactly one of the three forms:
 * <ul>
 *   <li>{@code @Access({Role.CLIENT, Role.MANAGER})}: accounts with one of these roles;</li>
 *   <li>{@code @Access(anyAccount = true)}: any signed-in account;</li>
 *   <li>{@code @Access(open = true)}: anyone, without a token (sign-up, applications, signed webhooks).</li>
 * </ul>
 * Finer rules (the owner client, the assigned worker) are checked next to the data and answer 404.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** The roles that may call the endpoint. */
    Role[] value() default {};

    /** Any signed-in account may call it. */
    boolean anyAccount() default false;

    /** Anyone may call it, without a token. */
    boolean open() default false;

    /**
     * For an open endpoint, the largest body it takes: a larger one is refused unread (413). Endpoints that need an
     * account take at most 1 MiB of JSON; photo uploads have their own limits.
     */
    int maxBodyBytes() default 16 * 1024;

    /** For an open endpoint: a body must state its length (411 without one), so no chunked upload is read at all. */
    boolean lengthRequired() default false;
}
