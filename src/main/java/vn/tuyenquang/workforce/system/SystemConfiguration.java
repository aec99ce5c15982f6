package vn.tuyenquang.workforce.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The home page, error pages, static files and the health check are open to everyone. */
    @Bean
    PageAccess publicPages() {
        return paths -> paths
                .requestMatchers("/", "/error", "/css/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
    }
}
