package vn.tuyenquang.workforce.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file to download and open in a spreadsheet program: UTF-8 with a byte-order mark (without it
 * Excel misreads Vietnamese), every field quoted, lines ended by CR LF, and no field that a spreadsheet
 * would run as a formula (OWASP's CSV injection guidance: a field beginning with =, +, -, @, tab or carriage
 * return is prefixed with an apostrophe, so that Excel and LibreOffice show it as text). Plain numbers,
 * negative ones included, stay numbers.
 */
public final class CsvDownload {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*");

    private CsvDownload() {
    }

    /** The rows as a CSV attachment named {@code fileName}; a null field is written empty. */
    public static ResponseEntity<byte[]> of(String fileName, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        rows.forEach(row -> csv.append(line(row)));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file of a contract in {@code batch/} (its template or synthetic sample, on the classpath as
     * {@code batch/<contract>/<fileName>}) as a CSV attachment of that name, as it is written there.
     */
    public static ResponseEntity<Resource> contractFile(String contract, String fileName) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(new ClassPathResource("batch/" + contract + "/" + fileName));
    }

    /** One CSV line of these fields, quoted, neutralised and ended by CR LF. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(asText(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    /** The field as a spreadsheet will show it: never a formula. */
    public static String asText(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        char first = field.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !NUMBER.matcher(field).matches() ? "'" + field : field;
    }

    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
