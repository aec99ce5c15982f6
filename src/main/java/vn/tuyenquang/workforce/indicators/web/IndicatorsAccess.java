package vn.tuyenquang.workforce.indicators.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * Who reads the indicators: the department and administrators for the whole province, commune officers
 * for their own commune (the scope is enforced by {@code Indicators.scope}); baselines, communes' own targets and
 * snapshots are the department's.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorsAccess {

    @Bean
    PageAccess indicatorPages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        return paths -> paths
                .requestMatchers("/indicators/baselines", "/indicators/targets", "/indicators/snapshots",
                        "/indicators/snapshots/**")
                .hasAnyRole(admin, department)
                .requestMatchers("/indicators", "/indicators/**").hasAnyRole(admin, department, Role.COMMUNE_OFFICER.name());
    }
}
