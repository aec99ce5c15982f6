package vn.tuyenquang.workforce.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code @Past} and its kin judge dates by the province's day, as everything else does. */
    @Bean
    ValidationConfigurationCustomizer provinceDayForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(ProvinceTime.ZONE));
    }

    /** The home page, error pages, static files, the health check and the status page are open to everyone. */
    @Bean
    PageAccess publicPages() {
        return paths -> paths
                .requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.GET, "/status").permitAll()
                // The API's description (no data): for the centres and systems that call it.
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll();
    }
}
