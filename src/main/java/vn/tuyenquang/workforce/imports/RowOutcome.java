package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.people.WriteOutcome;

/** What an import did with one record of its file: each record has exactly one. */
public enum RowOutcome {
    /** A new record (a person, an enrolment) was created from it. */
    CREATED,
    /** Records already there were changed by it (a completion, a certificate, a new labour status). */
    UPDATED,
    /** Everything it says was already recorded. */
    UNCHANGED,
    /** Not written, for the reasons in the report. */
    REJECTED;

    static RowOutcome of(WriteOutcome written) {
        return valueOf(written.name());
    }
}
