package vn.tuyenquang.workforce.people;

/** What a bulk write did with one of its rows: created a record, changed records already there, or nothing. */
public enum WriteOutcome {
    CREATED,
    UPDATED,
    UNCHANGED;

    /** The stronger of two outcomes of one row: created over updated over unchanged. */
    public WriteOutcome and(WriteOutcome other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
