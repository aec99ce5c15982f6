/**
 * In-application notices: what another module tells an employer, a centre, a commune or the department, shown
 * behind the bell in the header until each account has read it.
 */
@ApplicationModule(displayName = "notifications", allowedDependencies = {
        "accounts", "accreditation", "people", "placement", "system", "text", "training"})
package vn.tuyenquang.workforce.notifications;

import org.springframework.modulith.ApplicationModule;
