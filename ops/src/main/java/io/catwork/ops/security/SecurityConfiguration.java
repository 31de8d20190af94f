package io.catwork.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.accounts.api.EmailAddresses;
import io.catwork.ops.metrics.CatworkMetricsProperties;
import io.catwork.ops.web.CurrentActor;
import io.catwork.ops.web.Problems;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic only on {@code POST /api/auth/token}; a bearer token everywhere else (Prometheus may scrape with its own
 * long-lived token, {@code catwork.metrics.scrape-token}, which opens that endpoint only). The roles of each endpoint
 * are declared by its module on the controller ({@link io.catwork.common.api.Access}), deny by default; finer rules
 * (owner client, assigned worker) are checked where the data is.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final String MANAGER = "MANAGER";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(CredentialsRepository credentials) {
        return email -> credentials.findByEmail(EmailAddresses.normalize(email))
                .map(AccountUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /**
     * Prometheus' scrape with {@code catwork.metrics.scrape-token}: {@code GET /actuator/prometheus} carrying exactly
     * that bearer token, matched in constant time ({@link ScrapeToken}), and nothing else. Without the property no
     * request matches; a manager's token (or a wrong one) on that endpoint goes on to the API's chain.
     */
    @Bean
    @Order(0)
    SecurityFilterChain prometheusScrape(HttpSecurity http, CatworkMetricsProperties metrics) throws Exception {
        return http.securityMatcher(new ScrapeToken(metrics.scrapeToken()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, ObjectMapper mapper, DeclaredEndpoints endpoints)
            throws Exception {
        return http.securityMatcher("/api/auth/token")
                .addFilterBefore(new DeclaredAccess(endpoints, List.of(), mapper), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(mapper, "Basic realm=\"catwork\"")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(mapper, "Basic realm=\"catwork\"")))
                .build();
    }

    /**
     * The managers' console: a password login that starts a session (cookie {@code HttpOnly}, {@code SameSite=Strict},
     * {@code Secure} when the request came over HTTPS), CSRF tokens on every form, logout. Its pages are authorized by
     * the same {@link io.catwork.common.api.Access} declarations as the API; a signed-in account of another role gets
     * 403 on every page. Before sign-in, a page sends the browser to the login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ObjectMapper mapper, DeclaredEndpoints endpoints,
                                UserDetailsService accounts, PasswordEncoder passwords) throws Exception {
        DeclaredAccess declared = new DeclaredAccess(endpoints, List.of(), mapper);
        return http.securityMatcher(ConsoleLogin.PAGES)
                // its own manager, without the global one as a parent: a failed login hashes one password, not two
                .authenticationManager(new ProviderManager(ConsoleLogin.provider(accounts, passwords)))
                // no session before sign-in: the login form's CSRF token is in a cookie, and a page asked for before
                // sign-in is remembered only in a session that exists already
                .csrf(csrf -> csrf.csrfTokenRepository(ConsoleLogin.csrfTokens()))
                .requestCache(cache -> cache.requestCache(ConsoleLogin.requestCache()))
                .addFilterBefore(ConsoleLogin.stillAllowed(accounts), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ConsoleLogin.ASSETS).permitAll()
                        .anyRequest().access(declared))
                .formLogin(form -> form.loginPage(ConsoleLogin.LOGIN_PAGE).usernameParameter("email")
                        .defaultSuccessUrl(ConsoleLogin.HOME, false)
                        .failureHandler(ConsoleLogin.failed()))
                .logout(logout -> logout.logoutUrl(ConsoleLogin.LOGOUT).logoutSuccessUrl(ConsoleLogin.LOGIN_PAGE
                        + "?signedOut=1"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                + "form-action 'self'; frame-ancestors 'none'")))
                .exceptionHandling(handling -> handling.accessDeniedHandler(ConsoleLogin.forbidden()))
                .build();
    }

    /** Ops' own paths, not any module's endpoints: health and OpenAPI are public, the error page is the error's. */
    private static final List<RequestMatcher> PUBLIC_INFRASTRUCTURE = List.of(
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/error"));
    /** Metrics and the other actuator endpoints: managers. */
    private static final RequestMatcher ACTUATOR = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");

    /**
     * Every other request is authorized by the {@link io.catwork.common.api.Access} its module declared on the
     * endpoint; one that reaches no declared endpoint is a 403 ({@link DeclaredAccess}).
     */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper mapper, TokenService tokens, DeclaredEndpoints endpoints)
            throws Exception {
        List<RequestMatcher> infrastructure = new ArrayList<>(PUBLIC_INFRASTRUCTURE);
        infrastructure.add(ACTUATOR);
        DeclaredAccess declared = new DeclaredAccess(endpoints, infrastructure, mapper);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_INFRASTRUCTURE.toArray(RequestMatcher[]::new)).permitAll()
                        .requestMatchers(ACTUATOR).hasRole(MANAGER)
                        .anyRequest().access(declared))
                .addFilterBefore(declared, BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(token ->
                                new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority(
                                        "ROLE_" + token.getClaimAsString(CurrentActor.ROLE_CLAIM))),
                                        token.getSubject())))
                        .authenticationEntryPoint(unauthenticated(mapper, "Bearer"))
                        .accessDeniedHandler(forbidden(mapper)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(mapper, "Bearer"))
                        .accessDeniedHandler(forbidden(mapper)))
                .build();
    }

    private static AuthenticationEntryPoint unauthenticated(ObjectMapper mapper, String challenge) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", challenge);
            Problems.write(response, mapper, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "authentication is required"));
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper mapper) {
        return (request, response, exception) -> Problems.write(response, mapper,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "your role may not do this"));
    }
}
