/**
 * Matching trained workers and vacancies through Elasticsearch: owns the search indexes, their outbox and rebuilds
 * (matching.index), fed by the other modules' events.
 */
@ApplicationModule(displayName = "matching", allowedDependencies = {
        "accounts", "employers", "indicators", "orders", "people", "placement", "reference", "search", "system",
        "text", "training"})
package vn.tuyenquang.workforce.matching;

import org.springframework.modulith.ApplicationModule;
