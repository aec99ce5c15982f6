package vn.tuyenquang.workforce.imports;

import java.util.Map;

/**
 * One data record of an imported file: its row number (the header is row 1, as a spreadsheet counts), the
 * line of the file it starts on (a quoted cell may span lines), and its values by column.
 */
record ImportLine(int rowNumber, int firstLine, Map<String, String> values) {

    /** A record is itself by its row: Spring Batch keys its skip bookkeeping on items, and values need not be hashed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImportLine line && line.rowNumber == rowNumber;
    }

    @Override
    public int hashCode() {
        return rowNumber;
    }

    String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
