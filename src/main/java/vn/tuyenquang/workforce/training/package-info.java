/**
 * Training centres, courses, enrolments and certificates. Which facade for what: {@code TrainingRegistry} for centres,
 * courses, enrolments and the learners of a centre; {@code FundedEnrolments} to enrol with the programme that
 * pays; {@code Certificates} to issue, revoke, read and verify
 * certificates; {@code GraduateRecords} for the rows of a graduates file (the imports). Tells {@code CoursesCompleted}
 * and {@code CourseAdded}.
 */
@ApplicationModule(displayName = "training", allowedDependencies = {
        "accounts", "accreditation", "people", "programmes", "reference", "system", "text"})
package vn.tuyenquang.workforce.training;

import org.springframework.modulith.ApplicationModule;
