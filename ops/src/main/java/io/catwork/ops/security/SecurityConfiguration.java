package io.catwork.ops.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.catwork.ops.web.CurrentActor;
import io.catwork.ops.web.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * HTTP Basic only on {@code POST /api/auth/token}; a bearer token everywhere else. Role rules per endpoint are all
 * here, in one table; finer rules (owner client, assigned worker) are checked where the data is.
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
        return email -> credentials.findByEmail(AccountService.normalize(email))
                .map(AccountUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, ObjectMapper mapper) throws Exception {
        return http.securityMatcher("/api/auth/token")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(mapper, "Basic realm=\"catwork\"")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(mapper, "Basic realm=\"catwork\"")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper mapper, TokenService tokens) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(POST, "/api/clients", "/api/auth/password", "/api/applications",
                                "/api/integrations/**").permitAll()
                        .requestMatchers(GET, "/api/vacancies").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/staff").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/service-types").hasRole(MANAGER)
                        .requestMatchers(PUT, "/api/service-types/*").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/orders").hasRole("CLIENT")
                        .requestMatchers(POST, "/api/orders/*/cancel").hasAnyRole("CLIENT", MANAGER)
                        .requestMatchers(GET, "/api/orders/*/history").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/orders/*/check-in", "/api/orders/*/report").hasRole("WORKER")
                        .requestMatchers(POST, "/api/orders/*/reorder").hasRole("CLIENT")
                        .requestMatchers("/api/tests", "/api/tests/**", "/api/applications", "/api/applications/**",
                                "/api/workers").hasRole(MANAGER)
                        .requestMatchers(GET, "/api/supply-kits").hasAnyRole("ASSEMBLER", MANAGER)
                        .requestMatchers(POST, "/api/supply-kits/*/cookie-received", "/api/supply-kits/*/packed")
                        .hasRole("ASSEMBLER")
                        .requestMatchers(POST, "/api/vacancies").hasRole(MANAGER)
                        .requestMatchers(PUT, "/api/vacancies/*").hasRole(MANAGER)
                        .anyRequest().authenticated())
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
