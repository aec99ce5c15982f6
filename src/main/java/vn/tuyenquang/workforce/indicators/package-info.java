/**
 * The 2030 indicators: the trained and certified rates by commune, sex, ethnic group, age band and year; baselines
 * and frozen snapshots.
 */
@ApplicationModule(displayName = "indicators", allowedDependencies = {"accounts", "people", "reference", "system"})
package vn.tuyenquang.workforce.indicators;

import org.springframework.modulith.ApplicationModule;
