package vn.tuyenquang.workforce.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many identity conflicts one training centre may queue for the department in a day
 * ({@code workforce.people.identity-conflicts-per-centre-per-day}, 20 by default): past it, a centre's submissions that
 * conflict are still refused but no longer queued, so that trying citizen IDs cannot flood the department's queue, and
 * the department is told once that day.
 */
@ConfigurationProperties("workforce.people")
record IdentityConflictSettings(@DefaultValue("20") int identityConflictsPerCentrePerDay) {
}
