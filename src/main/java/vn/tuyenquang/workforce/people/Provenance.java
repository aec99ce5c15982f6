package vn.tuyenquang.workforce.people;

import java.util.UUID;

/** Where a record written by an import came from: the import, and the row of its file. */
public record Provenance(UUID importId, int row) {
}
