package vn.tuyenquang.workforce.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file to download and open in a spreadsheet program: UTF-8 with a byte-order mark (without it
 * Excel misreads Vietnamese), every field quoted, lines ended by CR LF.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** The rows as a CSV attachment named {@code fileName}; a null field is written empty. */
    public static ResponseEntity<byte[]> of(String fileName, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String field = row.get(i) == null ? "" : row.get(i);
                csv.append(i == 0 ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
