package vn.tuyenquang.workforce.imports;

import java.util.Map;

/** One data line of an imported file: its row number (the header is row 1) and its values by column. */
record ImportLine(int rowNumber, Map<String, String> values) {

    String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
