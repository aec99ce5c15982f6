package vn.tuyenquang.workforce.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a stored CSV file as RFC 4180 reads them (Apache Commons CSV): a quoted field may hold
 * the delimiter, doubled quotes and line breaks, so one record may span several lines. A record whose
 * cells are all empty is no data (a spreadsheet's empty rows), though it keeps its row number. Every reader of an import's file
 * (the header check, the count of records, the job) reads through here, so they agree on what a record is.
 */
final class CsvRecords implements AutoCloseable, Iterator<ImportLine> {

    private final CSVParser parser;
    private final Iterator<CSVRecord> parsed;
    private final List<String> columns;
    /** The record number of the header is 1, as a spreadsheet numbers its rows. */
    private int rowNumber = 1;
    private ImportLine next;

    private CsvRecords(CSVParser parser, List<String> columns) {
        this.parser = parser;
        this.parsed = parser.iterator();
        this.columns = columns;
    }

    /** Opens {@code file}, skips its header, and reads its records as values by these column names. */
    static CsvRecords open(Path file, char delimiter, List<String> columns) {
        try {
            CsvRecords records = new CsvRecords(parser(file, delimiter), columns);
            if (records.parsed.hasNext()) {
                records.parsed.next();
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of {@code file}: its first record, names as written. */
    static List<String> header(Path file, char delimiter) throws IOException {
        try (CSVParser parser = parser(file, delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of();
        }
    }

    static CSVParser parser(Path file, char delimiter) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != CsvLayout.BOM) {
            reader.reset();
        }
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public ImportLine next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        ImportLine line = next;
        next = null;
        return line;
    }

    private ImportLine read() {
        try {
            while (true) {
                // The iterator reads a record only when asked, so the line count here is where the next one starts.
                long firstLine = parser.getCurrentLineNumber() + 1;
                if (!parsed.hasNext()) {
                    return null;
                }
                CSVRecord record = parsed.next();
                rowNumber++;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>(columns.size() * 2);
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    values.putIfAbsent(columns.get(i), record.get(i));
                }
                return new ImportLine(null, rowNumber, (int) firstLine, values);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CsvRecordException(rowNumber + 1, e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that cannot be read on as CSV from this record on (a quote never closed, bytes not UTF-8). */
    static class CsvRecordException extends RuntimeException {

        final int rowNumber;

        CsvRecordException(int rowNumber, Exception cause) {
            super("record " + rowNumber + " cannot be read", cause);
            this.rowNumber = rowNumber;
        }
    }
}
