package vn.tuyenquang.workforce.people;

import java.util.UUID;

/** A centre's submission contradicting the register waits for the department's decision. */
public record IdentityConflictQueued(UUID conflictId, UUID centreId) {
}
