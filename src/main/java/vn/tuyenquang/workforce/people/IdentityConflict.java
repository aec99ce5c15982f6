package vn.tuyenquang.workforce.people;

import vn.tuyenquang.workforce.text.TextDifference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen ID submitted (by a centre's form or file) with another name or birth date than the register
 * holds for it. Refused at the time, revealing nothing of the stored record; the department resolves it.
 */
public record IdentityConflict(UUID id, UUID personId, String submittedName, LocalDate submittedBirthDate,
                               String submittedBy, UUID centreId, UUID importId, Integer importRow, Instant createdAt,
                               Resolution resolution) {

    /** What the department decided. */
    public enum Resolution {
        /** The register was right: the submission was about someone else, or wrong. */
        KEPT_STORED,
        /** The submission was right: the register's name and birth date are corrected to it. */
        TOOK_SUBMITTED,
        /** A typing mistake in the submission; nothing changes. */
        TYPING_ERROR
    }

    /** Where it came from, when it came from an import's row. */
    public record Source(UUID centreId, Provenance row) {

        public static Source form(UUID centreId) {
            return new Source(centreId, null);
        }
    }

    /** An open conflict as the department sees it: the stored identity beside the submitted one, what differs marked. */
    public record Open(IdentityConflict conflict, Person stored) {

        public TextDifference storedName() {
            return TextDifference.of(stored.fullName(), conflict.submittedName());
        }

        public TextDifference submittedName() {
            return TextDifference.of(conflict.submittedName(), stored.fullName());
        }

        public TextDifference storedBirthDate() {
            return TextDifference.of(day(stored.birthDate()), day(conflict.submittedBirthDate()));
        }

        public TextDifference submittedBirthDate() {
            return TextDifference.of(day(conflict.submittedBirthDate()), day(stored.birthDate()));
        }

        private static String day(LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }
}
