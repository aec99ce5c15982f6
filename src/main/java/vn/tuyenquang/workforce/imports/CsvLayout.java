package vn.tuyenquang.workforce.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an uploaded CSV file looks like: its delimiter (comma or semicolon, from the header), its column
 * names, and how many data rows follow. Refuses, with one clear message, anything that is not UTF-8 text
 * with the required columns (a spreadsheet saved in another format, a picture, the wrong list).
 */
record CsvLayout(char delimiter, List<String> columns, int dataRows) {

    static final char BOM = '\uFEFF';

    static CsvLayout read(Path file, ImportKind kind) {
        List<String> required = kind.requiredColumns();
        try (BufferedReader lines = utf8(Files.newInputStream(file))) {
            String header = lines.readLine();
            if (header == null || header.isBlank()) {
                throw new ImportFileException("import.file.empty");
            }
            if (header.indexOf('\0') >= 0) {
                throw new ImportFileException("import.file.notCsv");
            }
            String clean = header.charAt(0) == BOM ? header.substring(1) : header;
            char delimiter = count(clean, ';') > count(clean, ',') ? ';' : ',';
            List<String> columns = new ArrayList<>();
            for (String name : clean.split(String.valueOf(delimiter), -1)) {
                columns.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            }
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportFileException(kind.missingColumnsKey(), String.join(", ", missing));
            }
            int rows = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows++;
                }
            }
            return new CsvLayout(delimiter, List.copyOf(columns), rows);
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.file.notUtf8");
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static BufferedReader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
