/**
 * The demonstration province: synthetic centres, learners, surveys and employers for the demo profile.
 */
@ApplicationModule(displayName = "demo", allowedDependencies = {
        "accounts", "employers", "imports", "indicators", "people", "reference", "system", "training"})
package vn.tuyenquang.workforce.demo;

import org.springframework.modulith.ApplicationModule;
