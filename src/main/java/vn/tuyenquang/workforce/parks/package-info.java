/**
 * Industrial parks and clusters (resolution III.2, IV): the department's list ({@code IndustrialParks}: by hand or from
 * a CSV file; empty until filled, since no list is cited), the mapping of the names employers typed to it
 * ({@code ParkNames}), and vacancies, hires and demand against supply by park ({@code ParkReport}).
 */
@ApplicationModule(displayName = "parks", allowedDependencies = {"accounts", "employers", "people", "reference", "system", "text"})
package vn.tuyenquang.workforce.parks;

import org.springframework.modulith.ApplicationModule;
