/**
 * The reference lists: communes, ethnic groups, occupations and qualification levels, with their sources.
 */
@ApplicationModule(displayName = "reference", allowedDependencies = {"system", "text"})
package vn.tuyenquang.workforce.reference;

import org.springframework.modulith.ApplicationModule;
