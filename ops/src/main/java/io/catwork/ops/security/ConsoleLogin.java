package io.catwork.ops.security;

import io.catwork.ops.web.ConsoleResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

/** The console's sign-in: its paths, the login that keeps no password hash in the session, and its refusals. */
final class ConsoleLogin {
    static final String PAGES = "/console/**";
    static final String ASSETS = "/console/assets/**";
    static final String LOGIN_PAGE = "/console/login";
    static final String LOGOUT = "/console/logout";
    static final String HOME = "/console/orders";

    private ConsoleLogin() {
    }

    /** The password check of the token endpoint, whose signed-in principal carries no password hash. */
    static DaoAuthenticationProvider provider(UserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                Object kept = user instanceof AccountUserDetails account ? account.withoutPassword() : user;
                return super.createSuccessAuthentication(kept, authentication, user);
            }
        };
        provider.setPasswordEncoder(passwords);
        return provider;
    }

    /** Back to the login page with one message for every failure (no hint whether the email exists). */
    static AuthenticationFailureHandler failed() {
        return (request, response, exception) -> {
            ConsoleResponses.markFailedLogin(request);
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=1");
        };
    }

    /** A signed-in account that is not a manager, or a form without its CSRF token: a 403 page. */
    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            String detail = exception instanceof CsrfException
                    ? "The form was not sent by this console's page, or its page has expired. Reload the page and "
                    + "try again."
                    : "Only managers may use the console.";
            ConsoleResponses.writeErrorPage(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
        };
    }
}
