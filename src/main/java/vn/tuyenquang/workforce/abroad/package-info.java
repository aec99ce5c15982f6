/**
 * Work abroad under contract (resolution IV.7b; Law 69/2020/QH14): each worker's departure, as the department and
 * commune officers record it by hand or from a file ({@code Departures}, {@code DeparturesFile}); the register counts
 * them abroad from the day of departure and back from the day of return; and a report by year, commune, country, trade
 * and sex, with the training each had completed before leaving ({@code AbroadReport}).
 */
@ApplicationModule(displayName = "abroad", allowedDependencies = {"accounts", "people", "reference", "system", "training"})
package vn.tuyenquang.workforce.abroad;

import org.springframework.modulith.ApplicationModule;
