/**
 * Training outcomes, the loop closed: of the learners who completed a course in a year, how many hold its certificate,
 * are employed six and twelve months on, were hired in the trade they trained for, and how soon; by centre and course.
 */
@ApplicationModule(displayName = "outcomes", allowedDependencies = {
        "accounts", "accreditation", "people", "placement", "programmes", "reference", "system", "training"})
package vn.tuyenquang.workforce.outcomes;

import org.springframework.modulith.ApplicationModule;
