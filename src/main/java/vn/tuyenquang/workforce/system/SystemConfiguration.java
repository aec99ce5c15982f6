package vn.tuyenquang.workforce.system;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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

    /** The description of the JSON API at /v3/api-docs, and its browsable form at /swagger-ui.html. */
    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("Đào tạo nghề và Việc làm Tuyên Quang — API")
                        .description("Training registry and labour matching for Tuyên Quang province. Sign in with "
                                + "HTTP Basic using an account of the application; each account reaches only its scope. "
                                + "Errors are RFC 9457 problem details, their text in Vietnamese (Accept-Language: en "
                                + "for English).")
                        .version("1"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The home page, error pages, static files, the health check and the status page are open to everyone. */
    @Bean
    PageAccess publicPages() {
        return paths -> paths
                .requestMatchers("/", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(HttpMethod.GET, "/status").permitAll()
                // The API's description (no data): for the centres and systems that call it.
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**")
                .permitAll();
    }
}
