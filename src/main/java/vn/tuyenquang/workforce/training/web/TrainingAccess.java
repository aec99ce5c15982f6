package vn.tuyenquang.workforce.training.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.people.PersonVisibility;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Training pages are for the department, administrators and centre staff (each service call checks the
 * centre); only the department and administrators add centres, and only administrators give a centre
 * its staff accounts. Certificate verification is public.
 */
@Configuration(proxyBeanMethods = false)
class TrainingAccess {

    /** A centre's staff may open the records of the people enrolled at their centre. */
    @Bean
    PersonVisibility learnersOfTheirCentre(TrainingRegistry training) {
        return training::isLearnerOf;
    }

    @Bean
    PageAccess trainingPages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        return paths -> paths
                .requestMatchers(HttpMethod.GET, "/verify", "/verify/**", "/api/training/verify/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/training/centres").hasAnyRole(admin, department)
                .requestMatchers(HttpMethod.GET, "/api/training/centres").hasAnyRole(admin, department)
                .requestMatchers("/api/training/**").hasAnyRole(admin, department, Role.CENTRE_STAFF.name())
                .requestMatchers("/training/unmatched-learners", "/training/unmatched-learners.csv")
                .hasAnyRole(admin, department, Role.COMMUNE_OFFICER.name())
                .requestMatchers("/training/centres/new").hasAnyRole(admin, department)
                .requestMatchers("/training/centres/*/staff").hasRole(admin)
                .requestMatchers(HttpMethod.POST, "/training/centres").hasAnyRole(admin, department)
                .requestMatchers("/training/**").hasAnyRole(admin, department, Role.CENTRE_STAFF.name());
    }
}
