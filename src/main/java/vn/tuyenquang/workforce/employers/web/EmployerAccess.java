package vn.tuyenquang.workforce.employers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * Employers and vacancies are for the department and administrators (every employer) and for employers'
 * accounts (their own, checked by {@code Employers} on every call), in the pages and the JSON API alike;
 * only the first add employers.
 */
@Configuration(proxyBeanMethods = false)
class EmployerAccess {

    @Bean
    PageAccess employerPages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        return paths -> paths
                .requestMatchers("/employers/new", "/employers/*/accounts").hasAnyRole(admin, department)
                .requestMatchers(HttpMethod.POST, "/employers").hasAnyRole(admin, department)
                .requestMatchers("/employers", "/employers/**", "/vacancies/**", "/api/employers/*/vacancies",
                        "/api/vacancies/**")
                .hasAnyRole(admin, department, Role.EMPLOYER.name());
    }
}
