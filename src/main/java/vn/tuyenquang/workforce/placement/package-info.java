/**
 * Shortlists, contact agreements and hires.
 */
@ApplicationModule(displayName = "placement", allowedDependencies = {
        "accounts", "employers", "notifications", "people", "reference", "system", "text", "training"})
package vn.tuyenquang.workforce.placement;

import org.springframework.modulith.ApplicationModule;
