/**
 * The demonstration province: synthetic centres, learners, surveys, employers and a few hires for the demo profile.
 */
@ApplicationModule(displayName = "demo", allowedDependencies = {
        "accounts", "employers", "imports", "indicators", "people", "placement", "reference", "system", "training"})
package vn.tuyenquang.workforce.demo;

import org.springframework.modulith.ApplicationModule;
