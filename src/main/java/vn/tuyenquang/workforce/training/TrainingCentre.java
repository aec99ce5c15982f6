package vn.tuyenquang.workforce.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A vocational training centre (cơ sở giáo dục nghề nghiệp).
 *
 * @param ownership who owns it; null while the department has not said (centres recorded before it was asked)
 */
public record TrainingCentre(UUID id, String code, String name, String communeCode, Instant createdAt,
                             Ownership ownership) {

    /** Who owns a centre (resolution IV.7d): the state, a private owner, an enterprise (for its own and others' staff), or foreign investors. */
    public enum Ownership { PUBLIC, PRIVATE, ENTERPRISE, FOREIGN_INVESTED }

    TrainingCentre withOwnership(Ownership owner) {
        return new TrainingCentre(id, code, name, communeCode, createdAt, owner);
    }
}
