package vn.tuyenquang.workforce.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a person's record as its keepers and the person read it: a title and a table, already in the reader's
 * language (dates as dd/MM/yyyy, codes with their names), so that the record page and the personal-data export show
 * the same thing.
 *
 * @param rows each as long as {@code columns}; an empty list when the register holds nothing of this kind
 */
public record RecordSection(String title, List<String> columns, List<List<String>> rows) {

    public RecordSection {
        int width = columns.size();
        columns = List.copyOf(columns);
        for (List<String> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of '" + title + "' has " + row.size() + " values for "
                        + width + " columns");
            }
        }
        rows = rows.stream().map(row -> row.stream().map(value -> value == null ? "" : value).toList()).toList();
    }

    /** The rows as column → value, in the columns' order, for the export. */
    public List<Map<String, String>> labelledRows() {
        return rows.stream().map(row -> {
            Map<String, String> labelled = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                labelled.put(columns.get(i), row.get(i));
            }
            return labelled;
        }).toList();
    }
}
