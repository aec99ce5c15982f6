package vn.tuyenquang.workforce.imports;

import java.util.Map;

/**
 * One data record of an imported file: its row number (the header is row 1, as a spreadsheet counts), the
 * line of the file it starts on (a quoted cell may span lines), and its values by column.
 */
record ImportLine(int rowNumber, int firstLine, Map<String, String> values) {

    String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
