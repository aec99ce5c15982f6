package vn.tuyenquang.workforce.people;

import java.util.UUID;

/**
 * The department decided on a submission that contradicted the register: the centre that sent it ({@code centreId},
 * null for the department's own) hears how, about the person it named ({@code submittedName}).
 */
public record IdentityConflictResolved(UUID conflictId, UUID centreId, UUID personId, String submittedName,
                                       IdentityConflict.Resolution resolution) {
}
