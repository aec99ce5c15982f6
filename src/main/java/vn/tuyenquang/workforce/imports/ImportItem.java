package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.training.GraduateRecords;

/** A line that passed its own checks, on its way to being saved with its chunk. */
record ImportItem(ImportLine line, GraduateRecords.Checked checked) implements ImportedRow {

    /**
     * An item is its file's row: Spring Batch keys its retry and skip bookkeeping on items, and an item
     * processed again after a rollback must be the same key (its person gets a new id each time).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImportItem row && row.line().equals(line());
    }

    @Override
    public int hashCode() {
        return line().hashCode();
    }
}
