package vn.tuyenquang.workforce.placement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A candidate on an employer's shortlist for a vacancy, and where they stand: shortlisted → contacted
 * (only once the candidate agreed to be contacted) → interviewed → hired, or rejected at any step before.
 */
public record ShortlistEntry(UUID id, UUID vacancyId, UUID personId, Stage stage, Instant contactAgreedAt,
                             Instant createdAt) {

    public enum Stage {
        SHORTLISTED, CONTACTED, INTERVIEWED, HIRED, REJECTED;

        /** The stages that may follow, the step forward first. */
        List<Stage> next() {
            return switch (this) {
                case SHORTLISTED -> List.of(CONTACTED, REJECTED);
                case CONTACTED -> List.of(INTERVIEWED, REJECTED);
                case INTERVIEWED -> List.of(HIRED, REJECTED);
                default -> List.of();
            };
        }
    }

    /** Whether the employer may see who the candidate is and how to reach them. */
    public boolean contactAgreed() {
        return contactAgreedAt != null;
    }

    public List<Stage> nextStages() {
        return stage.next();
    }

    ShortlistEntry moveTo(Stage target) {
        if (!stage.next().contains(target)) {
            throw new PlacementException("shortlist.transition.refused");
        }
        if (target == Stage.CONTACTED && !contactAgreed()) {
            throw new PlacementException("shortlist.contact.notAgreed");
        }
        return new ShortlistEntry(id, vacancyId, personId, target, contactAgreedAt, createdAt);
    }

    ShortlistEntry withContactAgreed(Instant at) {
        return new ShortlistEntry(id, vacancyId, personId, stage, at, createdAt);
    }
}
