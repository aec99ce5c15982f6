package vn.tuyenquang.workforce.parks.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/** The list of parks, the mapping of typed names and the figures by park are the department's (and administrators'). */
@Configuration(proxyBeanMethods = false)
class ParkAccess {

    @Bean
    PageAccess parkPages() {
        return paths -> paths.requestMatchers("/parks", "/parks/**", "/api/parks", "/api/parks/**")
                .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name());
    }
}
