package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.training.GraduateRecords;

/** A line that passed its own checks, on its way to being saved with its chunk. */
record ImportItem(ImportLine line, GraduateRecords.Checked checked) implements ImportedRow {
}
