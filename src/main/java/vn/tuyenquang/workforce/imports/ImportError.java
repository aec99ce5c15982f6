package vn.tuyenquang.workforce.imports;

/** A line of an import's error report: the row (the header is row 1), the column, what was there, and why. */
public record ImportError(int rowNumber, String column, String value, String reasonKey) {
}
