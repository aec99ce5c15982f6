package vn.tuyenquang.workforce.people;

import java.util.UUID;

/** Where a record written by an import came from: the import, and the row of its file. */
public record Provenance(UUID importId, int row) {

    /** The import a record names, or null for a record written by hand ({@code from} null). */
    public static UUID importOf(Provenance from) {
        return from == null ? null : from.importId();
    }

    /** The row of its file a record names, or null for a record written by hand. */
    public static Integer rowOf(Provenance from) {
        return from == null ? null : from.row();
    }
}
