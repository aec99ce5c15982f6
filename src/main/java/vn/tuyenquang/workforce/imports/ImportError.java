package vn.tuyenquang.workforce.imports;

/** One problem of a rejected row: its row number, the line of the file it starts on, the column, value and reason. */
public record ImportError(int rowNumber, Integer firstLine, String column, String value, String reasonKey) {
}
