/**
 * Employers and their vacancies; publishes VacancyChanged.
 */
@ApplicationModule(displayName = "employers", allowedDependencies = {
        "accounts", "people", "reference", "system", "text"})
package vn.tuyenquang.workforce.employers;

import org.springframework.modulith.ApplicationModule;
