package vn.tuyenquang.workforce.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database (Spring Session JDBC), made safe for what browsers and attackers send: a session cookie
 * that is not a session id is no session, and two requests of one session at once (a double click, two tabs behind
 * the load balancer) both save their attributes.
 */
@Configuration(proxyBeanMethods = false)
class Sessions {

    static final String COOKIE = "SESSION";

    /** What Spring Session hands out: a UUID, sent base64-encoded. */
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

    /** Runs before Spring Session's filter, so that a malformed id never reaches the session query. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> malformedSessionCookiesIgnored() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Cookie[] cookies = request.getCookies();
                if (cookies == null || Arrays.stream(cookies).allMatch(Sessions::wellFormed)) {
                    chain.doFilter(request, response);
                    return;
                }
                Cookie[] kept = Arrays.stream(cookies).filter(Sessions::wellFormed).toArray(Cookie[]::new);
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public Cookie[] getCookies() {
                        return kept;
                    }
                }, response);
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    static boolean wellFormed(Cookie cookie) {
        if (!COOKIE.equals(cookie.getName())) {
            return true;
        }
        try {
            return SESSION_ID.matcher(new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
                    .matches();
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /**
     * On PostgreSQL an attribute is inserted or, when a concurrent request of the same session inserted it first,
     * updated: without it the second request fails on the attribute table's primary key. (The embedded H2 serves one
     * person trying the application.)
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentRequestsOfOneSession(Database database) {
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            if (database.isPostgres()) {
                upsert.customize(repository);
            }
        };
    }
}
