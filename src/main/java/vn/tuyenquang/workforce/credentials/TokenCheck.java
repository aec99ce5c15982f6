package vn.tuyenquang.workforce.credentials;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a checked QR token says: whether the department signed it and it still stands, and, when it did, what the
 * paper certificate shows (the token carries it).
 */
public record TokenCheck(Outcome outcome, Claims claims, Instant revokedAt) {

    public enum Outcome {
        /** Signed by the department, not revoked. */
        VALID,
        /** Signed by the department, revoked since {@code revokedAt}. */
        REVOKED,
        /** Names a key of the department, but the signature does not match what the token says: altered. */
        SIGNATURE_INVALID,
        /** Signed with a key the department never published: not issued by the department. */
        UNKNOWN_KEY,
        /** Not a token at all, or cut short. */
        MALFORMED
    }

    /** What a certificate's token carries: what its paper shows, and its bit in the status list. */
    public record Claims(String number, String holder, int birthYear, String course, String levelCode, String level,
                         String occupationCode, String occupation, String centre, LocalDate issuedOn, int statusIndex) {
    }

    static TokenCheck of(Outcome outcome) {
        return new TokenCheck(outcome, null, null);
    }

    public boolean signedByTheDepartment() {
        return outcome == Outcome.VALID || outcome == Outcome.REVOKED;
    }
}
