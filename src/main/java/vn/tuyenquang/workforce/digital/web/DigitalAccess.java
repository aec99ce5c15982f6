package vn.tuyenquang.workforce.digital.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * The figures are the department's (the province) and each commune officer's (their commune), like the rates; the
 * definition is read by the department and centres and edited by the department; a course's mark is its centre's
 * staff's (checked on every call) and the department's.
 */
@Configuration(proxyBeanMethods = false)
class DigitalAccess {

    @Bean
    PageAccess digitalPages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        String centre = Role.CENTRE_STAFF.name();
        return paths -> paths
                .requestMatchers("/digital-skills", "/digital-skills.csv", "/api/digital-skills")
                .hasAnyRole(admin, department, Role.COMMUNE_OFFICER.name())
                .requestMatchers(HttpMethod.GET, "/digital-skills/definition").hasAnyRole(admin, department, centre)
                .requestMatchers("/digital-skills/groups", "/digital-skills/groups/**").hasAnyRole(admin, department)
                .requestMatchers("/digital-skills/courses/**").hasAnyRole(admin, department, centre);
    }
}
