/**
 * The labour register: one person per citizen ID, their qualifications, consent and who may see their record;
 * publishes PersonsChanged and ConsentWithdrawn.
 */
@ApplicationModule(displayName = "people", allowedDependencies = {"accounts", "reference", "system", "text"})
package vn.tuyenquang.workforce.people;

import org.springframework.modulith.ApplicationModule;
