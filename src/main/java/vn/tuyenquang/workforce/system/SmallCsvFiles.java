package vn.tuyenquang.workforce.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Small CSV files a page loads at once (lists the department keeps, a year's departures): their text only when it is
 * UTF-8 (a byte-order mark dropped), and a parser of it with a header row, comma- or semicolon-separated as the header
 * line shows (Excel writes semicolons where the comma is the decimal mark), RFC 4180 quoting, by Apache Commons CSV.
 * The graduates and survey files, which run to a province, go through the imports' Spring Batch jobs instead.
 */
public final class SmallCsvFiles {

    private SmallCsvFiles() {
    }

    /**
     * Every record of a small file made into a row by {@code row} (which checks the record and says what is wrong with
     * it), or one refusal of the file as a whole, made by {@code refusal} from a key under {@code prefix}:
     * {@code .encoding} (not UTF-8), {@code .columns} (a required column missing from the header), {@code .tooLong}
     * (more than {@code mostRecords} records), {@code .empty} (no record), {@code .unreadable} (not CSV: a quote never
     * closed, say).
     */
    public static <T> List<T> rows(InputStream file, int maxBytes, Collection<String> required, int mostRecords,
                                   String prefix, Function<String, ? extends Refusal> refusal,
                                   Function<CSVRecord, T> row) {
        String text;
        try {
            text = utf8(file, maxBytes).orElseThrow(() -> refusal.apply(prefix + ".encoding"));
        } catch (IOException unreadable) {
            throw refusal.apply(prefix + ".unreadable");
        }
        List<T> rows = new ArrayList<>();
        try (CSVParser parser = parse(text)) {
            Set<String> header = parser.getHeaderMap() == null ? Set.of() : parser.getHeaderMap().keySet();
            if (!header.containsAll(required)) {
                throw refusal.apply(prefix + ".columns");
            }
            for (CSVRecord record : parser) {
                if (rows.size() == mostRecords) {
                    throw refusal.apply(prefix + ".tooLong");
                }
                rows.add(row.apply(record));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            throw refusal.apply(prefix + ".unreadable");
        }
        if (rows.isEmpty()) {
            throw refusal.apply(prefix + ".empty");
        }
        return rows;
    }

    /** The file's first {@code maxBytes} as UTF-8 text, the byte-order mark dropped; empty when it is not UTF-8. */
    static Optional<String> utf8(InputStream file, int maxBytes) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.readNBytes(maxBytes))).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** A parser of the text's records, named by its header row; cells trimmed, empty lines skipped. */
    static CSVParser parse(String text) throws IOException {
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get());
    }
}
