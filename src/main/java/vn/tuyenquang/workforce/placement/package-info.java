/**
 * Shortlists, contact agreements and hires.
 */
@ApplicationModule(displayName = "placement", allowedDependencies = {
        "accounts", "employers", "people", "reference", "system", "text", "training"})
package vn.tuyenquang.workforce.placement;

import org.springframework.modulith.ApplicationModule;
