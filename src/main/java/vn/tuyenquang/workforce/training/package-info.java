/**
 * Training centres, courses, enrolments and certificates. Which facade for what: {@code TrainingRegistry} to record
 * centres, courses and enrolments and for the centres' own pages (a course, its learners); {@code TrainingReads} for what
 * other modules' reports and read models read (completions, a year's enrolments, course names, centres' names); {@code FundedEnrolments} to enrol with the programme that
 * pays; {@code Certificates} to issue, revoke, read and verify
 * certificates; {@code GraduateRecords} for the rows of a graduates file (the imports). Tells {@code CoursesCompleted}
 * and {@code CourseAdded}.
 */
@ApplicationModule(displayName = "training", allowedDependencies = {
        "accounts", "accreditation", "people", "programmes", "reference", "system", "text"})
package vn.tuyenquang.workforce.training;

import org.springframework.modulith.ApplicationModule;
