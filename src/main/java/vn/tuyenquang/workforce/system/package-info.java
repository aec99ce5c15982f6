/**
 * What every module shares: error pages, CSV downloads, record ids, the database in use, background job launchers.
 */
@ApplicationModule(displayName = "system", allowedDependencies = {})
package vn.tuyenquang.workforce.system;

import org.springframework.modulith.ApplicationModule;
