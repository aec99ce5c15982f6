package vn.tuyenquang.workforce.imports;

import java.util.Map;
import java.util.UUID;

/**
 * One data record of an imported file: the import it belongs to, its row number (the header is row 1, as a spreadsheet
 * counts), the line of the file it starts on (a quoted cell may span lines), and its values by column.
 */
record ImportLine(UUID importId, int rowNumber, int firstLine, Map<String, String> values) {

    /**
     * A record is itself by its import and row: Spring Batch keys its retry and skip bookkeeping on items, in caches
     * the step keeps across the imports that run it at once (row 1503 of one file is not row 1503 of another), and
     * values need not be hashed.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImportLine line && line.rowNumber == rowNumber
                && java.util.Objects.equals(line.importId, importId);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(importId) + rowNumber;
    }

    /** The same record, as a record of that import's file. */
    ImportLine of(UUID importId) {
        return new ImportLine(importId, rowNumber, firstLine, values);
    }

    /**
     * What the record is about, as a short one-way digest of its citizen ID and course code (either as typed, spaces and
     * letter case aside), so that a later upload's row about the same learner and course is known to fix it; null
     * without a citizen ID.
     */
    String key() {
        String citizenId = value(PersonColumns.CITIZEN_ID).replaceAll("\\s", "");
        if (citizenId.isEmpty()) {
            return null;
        }
        String about = citizenId + "|" + value(GraduateColumns.COURSE).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        byte[] digest = ImportStorage.sha256().digest(about.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest, 0, 8);
    }

    String value(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
