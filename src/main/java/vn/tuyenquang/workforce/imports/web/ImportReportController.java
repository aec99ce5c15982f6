package vn.tuyenquang.workforce.imports.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.system.CsvDownload;

/**
 * An import's reports, with Vietnamese (or English) headings: every row's outcome (CSV or XLSX), and the
 * rejected rows alone (CSV). Streamed as read, so a report of a million rows never sits in memory whole.
 * No cell can run as a formula: CSV fields are neutralised ({@link CsvDownload}), XLSX cells are text cells.
 */
@Controller
class ImportReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportRuns runs;
    private final MessageSource messages;

    ImportReportController(ImportRuns runs, MessageSource messages) {
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/imports/{id}/report.csv")
    ResponseEntity<StreamingResponseBody> reportCsv(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
                                                    Locale locale) {
        runs.progress(user, id);
        return ResponseEntity.ok().contentType(CsvDownload.TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvDownload.attachment("bao-cao-nhap-" + id + ".csv"))
                .body(out -> {
                    BufferedWriter csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    csv.write('\uFEFF');
                    csv.write(CsvDownload.line(headings(locale)));
                    runs.report(user, id, line -> write(csv, CsvDownload.line(cells(line, locale))));
                    csv.flush();
                });
    }

    @GetMapping("/imports/{id}/report.xlsx")
    ResponseEntity<StreamingResponseBody> reportXlsx(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
                                                     Locale locale) {
        runs.progress(user, id);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvDownload.attachment("bao-cao-nhap-" + id + ".xlsx"))
                .body(out -> {
                    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                        Sheet sheet = workbook.createSheet(messages.getMessage("imports.report.sheet", null, locale));
                        addRow(sheet, 0, headings(locale));
                        int[] next = {1};
                        int last = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
                        runs.report(user, id, line -> {
                            if (next[0] <= last) {
                                addRow(sheet, next[0]++, cells(line, locale));
                            }
                        });
                        sheet.createFreezePane(0, 1);
                        workbook.write(out);
                        workbook.dispose();
                    }
                });
    }

    /**
     * The refused rows in the upload's own format, with a last column giving every reason (columns the upload does not
     * know are not read, so the corrected file is uploaded as it is).
     */
    @GetMapping("/imports/{id}/rejected.csv")
    ResponseEntity<byte[]> rejectedRows(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ImportRuns.RejectedRows rejected = runs.rejectedRows(user, id);
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> header = new java.util.ArrayList<>(rejected.columns());
        header.add(REASON_COLUMN);
        rows.add(header);
        for (ImportRuns.RejectedRows.Row row : rejected.rows()) {
            List<String> line = new java.util.ArrayList<>(row.values());
            line.add(row.problems().stream().map(p -> (p.column() == null || p.column().isEmpty() ? "" : p.column() + ": ")
                    + messages.getMessage(p.reasonKey(), null, p.reasonKey(), locale)).collect(
                    java.util.stream.Collectors.joining("; ")));
            rows.add(line);
        }
        return CsvDownload.of("dong-bi-tu-choi-" + id + ".csv", rows);
    }

    /** The column of reasons in a file of refused rows, which an upload does not read. */
    static final String REASON_COLUMN = "ly_do_tu_choi";

    /** The rejected rows alone: row, line in the file, column, value, reason. */
    @GetMapping("/imports/{id}/errors.csv")
    ResponseEntity<byte[]> errorReport(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(text("import.report.row", locale), text("import.report.firstLine", locale),
                text("import.report.column", locale), text("import.report.value", locale),
                text("import.report.reason", locale)));
        for (var error : runs.errors(user, id, Integer.MAX_VALUE)) {
            rows.add(Arrays.asList(String.valueOf(error.rowNumber()), String.valueOf(error.firstLine()), error.column(),
                    error.value(), messages.getMessage(error.reasonKey(), null, error.reasonKey(), locale)));
        }
        return CsvDownload.of("loi-nhap-" + id + ".csv", rows);
    }

    private List<String> headings(Locale locale) {
        return List.of(text("import.report.row", locale), text("import.report.firstLine", locale),
                text("import.report.outcome", locale), text("import.report.column", locale),
                text("import.report.value", locale), text("import.report.reason", locale));
    }

    private List<String> cells(ImportRuns.ReportLine line, Locale locale) {
        return Arrays.asList(String.valueOf(line.rowNumber()), String.valueOf(line.firstLine()),
                text("imports.outcome." + line.outcome(), locale), line.column(), line.value(),
                line.reasonKey() == null ? null : messages.getMessage(line.reasonKey(), null, line.reasonKey(), locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Row and line numbers as numbers; everything else as text cells, which a spreadsheet never evaluates. */
    private static void addRow(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            if (index > 0 && i < 2) {
                row.createCell(i).setCellValue(Integer.parseInt(cell));
            } else {
                row.createCell(i).setCellValue(cell);
            }
        }
    }

    private static void write(BufferedWriter csv, String line) {
        try {
            csv.write(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
