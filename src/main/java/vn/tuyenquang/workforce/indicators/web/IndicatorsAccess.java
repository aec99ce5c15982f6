package vn.tuyenquang.workforce.indicators.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.indicators.IndicatorException;
import vn.tuyenquang.workforce.system.PageAccess;

/**
 * Who reads the indicators: the department and administrators for the whole province, commune officers
 * for their own commune (the scope is enforced by {@code Indicators.scope}); baselines and snapshots are
 * the department's.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorsAccess {

    @Bean
    PageAccess indicatorPages() {
        String admin = Role.ADMIN.name();
        String department = Role.DEPARTMENT.name();
        return paths -> paths
                .requestMatchers("/indicators/baselines", "/indicators/snapshots", "/indicators/snapshots/**")
                .hasAnyRole(admin, department)
                .requestMatchers("/indicators", "/indicators/**").hasAnyRole(admin, department, Role.COMMUNE_OFFICER.name());
    }

    /** A report that cannot be made (an unknown commune, a year out of range, no such snapshot), as an error page. */
    @ControllerAdvice(basePackageClasses = IndicatorsAccess.class)
    static class Errors {

        @ExceptionHandler
        ModelAndView refused(IndicatorException e) {
            HttpStatus status = e.messageKey().endsWith(".notFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            ModelAndView page = new ModelAndView("error", status);
            page.addObject("status", status.value());
            page.addObject("messageKey", e.messageKey());
            return page;
        }
    }
}
