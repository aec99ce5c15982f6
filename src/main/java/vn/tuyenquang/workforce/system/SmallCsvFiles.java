package vn.tuyenquang.workforce.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Small CSV files a page loads at once (lists the department keeps, a year's departures): their text only when it is
 * UTF-8 (a byte-order mark dropped), and a parser of it with a header row, comma- or semicolon-separated as the header
 * line shows (Excel writes semicolons where the comma is the decimal mark), RFC 4180 quoting, by Apache Commons CSV.
 * The graduates and survey files, which run to a province, go through the imports' Spring Batch jobs instead.
 */
public final class SmallCsvFiles {

    private SmallCsvFiles() {
    }

    /** The file's first {@code maxBytes} as UTF-8 text, the byte-order mark dropped; empty when it is not UTF-8. */
    public static Optional<String> utf8(InputStream file, int maxBytes) throws IOException {
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
    public static CSVParser parse(String text) throws IOException {
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get());
    }
}
