package vn.tuyenquang.workforce.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What an uploaded CSV file looks like: its delimiter (comma or semicolon, from the header), its column
 * names, and how many data records follow (records, not lines: a quoted cell may span lines). Refuses,
 * with one clear message, anything that is not UTF-8 CSV with the required columns (a spreadsheet saved in
 * another format, a picture, the wrong list, a quote never closed, a header with no records under it).
 */
record CsvLayout(char delimiter, List<String> columns, int dataRows) {

    static final char BOM = '\uFEFF';

    static CsvLayout read(Path file, ImportKind kind) {
        try {
            char delimiter = delimiter(file);
            List<String> columns = CsvRecords.header(file, delimiter).stream()
                    .map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = kind.requiredColumns().stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportFileException(kind.missingColumnsKey(), String.join(", ", missing));
            }
            int rows = 0;
            try (CsvRecords records = CsvRecords.open(file, delimiter, columns)) {
                while (records.hasNext()) {
                    records.next();
                    rows++;
                }
            }
            if (rows == 0) {
                throw new ImportFileException("import.file.noRecords");
            }
            return new CsvLayout(delimiter, columns, rows);
        } catch (CsvRecords.CsvRecordException e) {
            throw e.getCause() instanceof CharacterCodingException
                    || e.getCause() instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException
                    ? new ImportFileException("import.file.notUtf8")
                    : new ImportFileException("import.file.unreadableFrom", String.valueOf(e.rowNumber));
        } catch (CharacterCodingException | UncheckedIOException e) {
            throw new ImportFileException("import.file.notUtf8");
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    /** Semicolon when the header line has more semicolons than commas (a spreadsheet in a comma-decimal locale). */
    private static char delimiter(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null || header.isBlank() || (header.length() == 1 && header.charAt(0) == BOM)) {
                throw new ImportFileException("import.file.empty");
            }
            if (header.indexOf('\0') >= 0) {
                throw new ImportFileException("import.file.notCsv");
            }
            return count(header, ';') > count(header, ',') ? ';' : ',';
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportFileException("import.file.notUtf8");
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
