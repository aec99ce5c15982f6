package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/** A training centre has queued as many identity conflicts today as a day allows: its next ones are not queued. */
public record IdentityConflictsOverLimit(UUID centreId, LocalDate day, int limit) {
}
