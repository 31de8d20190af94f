package io.catwork.ops.security;

import io.catwork.ops.web.ConsoleResponses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/** The console's sign-in: its paths, the login that keeps no password hash in the session, and its refusals. */
final class ConsoleLogin {
    static final String PAGES = "/console/**";
    static final String ASSETS = "/console/assets/**";
    static final String LOGIN_PAGE = "/console/login";
    static final String LOGOUT = "/console/logout";
    static final String HOME = "/console";

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

    /** The CSRF token in a cookie of the console's own (HttpOnly, SameSite=Strict), so the login page needs no session. */
    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("CATWORK_CONSOLE_CSRF");
        tokens.setCookiePath("/console");
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        return tokens;
    }

    /** Remembers the page asked for before sign-in only in a session that exists: anonymous visits make none. */
    static RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setCreateSessionAllowed(false);
        return cache;
    }

    /**
     * Checks the signed-in account on every page, as a bearer token's expiry would: an account that no longer exists,
     * has no password or has another role than at sign-in is signed out (its session ends; the page asks to sign in).
     */
    static Filter stillAllowed(UserDetailsService accounts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                if (signedIn != null && signedIn.getPrincipal() instanceof AccountUserDetails account
                        && !stillTheSame(accounts, account)) {
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean stillTheSame(UserDetailsService accounts, AccountUserDetails account) {
        try {
            UserDetails now = accounts.loadUserByUsername(account.email());
            return now instanceof AccountUserDetails current && current.isEnabled()
                    && current.accountId().equals(account.accountId()) && current.role() == account.role();
        } catch (UsernameNotFoundException gone) {
            return false;
        }
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
