/**
 * The home page, one for each role: what the department, a commune officer, a centre's staff or an employer has to
 * look at or do first (the rates against the path, the contact queue, imports that need attention, courses,
 * vacancies and answers), each linking to its page; the public page for anyone not signed in.
 */
@ApplicationModule(displayName = "home", allowedDependencies = {
        "accounts", "employers", "imports", "indicators", "matching", "notifications", "people", "placement", "system",
        "training"})
package vn.tuyenquang.workforce.home;

import org.springframework.modulith.ApplicationModule;
