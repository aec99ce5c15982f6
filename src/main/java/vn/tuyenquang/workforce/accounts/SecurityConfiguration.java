package vn.tuyenquang.workforce.accounts;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * Two filter chains: the JSON API and the operations endpoints ({@code /api/**}, {@code /actuator/**}) are
 * stateless with HTTP Basic and answers 401/403 as
 * ProblemDetails; the web UI signs in with a form, keeps a session and requires a CSRF token on every
 * form. Both deny every path that no module's {@link PageAccess} opened.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    /**
     * Accounts by username, for the sign-in form and HTTP Basic alike. Each attempt is first counted by
     * {@link LoginThrottle}; one it holds back is answered as an unknown user would be, and Spring Security answers
     * that as it answers a wrong password (with the same bcrypt work): a wrong password, an unknown user and a
     * throttled attempt look alike from outside.
     */
    @Bean
    UserDetailsService userDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        return username -> {
            if (!throttle.admit(username, clientAddress())) {
                throw new UsernameNotFoundException("held back");
            }
            return accounts.findByUsername(username).map(CurrentUser::new)
                    .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        };
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "unknown";
    }

    @Bean
    PageAccess accountPages() {
        return paths -> paths
                .requestMatchers("/login").permitAll()
                .requestMatchers("/account/**", "/api/me").authenticated()
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/audit/**").hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PageAccess> access, ObjectMapper json, ApiTokens tokens,
                            LoginThrottle throttle,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) throws Exception {
        // The challenge names both ways in (RFC 9110 §11.6.1); a token that was refused is named as such (RFC 6750 §3).
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            String given = request.getHeader("Authorization");
            if (given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"tq-workforce\", error=\"invalid_token\"");
            } else {
                response.addHeader("WWW-Authenticate", "Basic realm=\"tq-workforce\"");
                response.addHeader("WWW-Authenticate", "Bearer realm=\"tq-workforce\"");
            }
            problem(json, request, response, HttpStatus.UNAUTHORIZED);
        };
        return http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new ApiTokenFilter(tokens, throttle, unauthorized), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(paths -> {
                    paths.requestMatchers(new UnmappedPaths(controllers)).permitAll();
                    access.forEach(module -> module.grant(paths));
                    paths.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler((request, response, e) -> problem(json, request, response, HttpStatus.FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are accepted on the API, so there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<PageAccess> access,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) throws Exception {
        return http
                .authorizeHttpRequests(paths -> {
                    paths.requestMatchers(new UnmappedPaths(controllers)).permitAll();
                    access.forEach(module -> module.grant(paths));
                    paths.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // HSTS is Spring Security's default once a request is secure (directly, or behind a proxy that
                // says so: server.forward-headers-strategy); no page's address is sent to other sites.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .csrf(Customizer.withDefaults())
                .build();
    }

    private static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                                HttpStatus status) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
