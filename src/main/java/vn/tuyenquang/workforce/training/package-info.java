/**
 * Training centres, courses, enrolments and certificates; publishes CoursesCompleted.
 */
@ApplicationModule(displayName = "training", allowedDependencies = {
        "accounts", "people", "reference", "system", "text"})
package vn.tuyenquang.workforce.training;

import org.springframework.modulith.ApplicationModule;
