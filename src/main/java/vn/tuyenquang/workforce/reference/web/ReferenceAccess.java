package vn.tuyenquang.workforce.reference.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.system.PageAccess;

/** The reference lists are public statistical classifications: anyone may read them. */
@Configuration(proxyBeanMethods = false)
class ReferenceAccess {

    @Bean
    PageAccess referencePages() {
        return paths -> paths
                .requestMatchers(HttpMethod.GET, "/reference/**", "/api/reference/**").permitAll();
    }
}
