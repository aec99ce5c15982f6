package vn.tuyenquang.workforce.programmes.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * The department (and administrators) keep the list of funding programmes; centre staff read it, since they name the
 * programme of each enrolment, in the pages and the API alike.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeAccess {

    @Bean
    PageAccess programmePages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        return paths -> paths
                .requestMatchers(HttpMethod.GET, "/programmes", "/api/programmes")
                .hasAnyRole(admin, department, Role.CENTRE_STAFF.name())
                .requestMatchers("/programmes", "/programmes/**", "/api/programmes", "/api/programmes/**")
                .hasAnyRole(admin, department);
    }
}
