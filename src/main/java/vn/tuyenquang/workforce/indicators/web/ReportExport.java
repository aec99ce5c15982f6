package vn.tuyenquang.workforce.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.indicators.IndicatorReport;

/**
 * Writes a report's tables exactly as the page shows them: one table as CSV rows, or every table as a sheet of one XLSX workbook with numbers
 * as numbers. Each starts with the settings the figures were computed with.
 */
@Component
class ReportExport {

    /** A report's workbook in a language. */
    private record Written(IndicatorReport report, Locale locale) {
    }

    /** Workbooks written, up to about 32 MB (a province's is about 60 KB). */
    private final Cache<Written, byte[]> written = Caffeine.newBuilder().maximumWeight(32_000_000)
            .<Written, byte[]>weigher((report, bytes) -> bytes.length).build();

    /**
     * A report's workbook in a language: written at its first download ({@code write}), then the same bytes for every
     * download until the register is counted again (a report is a value made from one count).
     */
    byte[] workbook(IndicatorReport report, Locale locale, java.util.function.Supplier<byte[]> write) {
        // the workbook says nothing of a newer count being made: one writing serves the report with that label and without
        return written.get(new Written(report.recounting(false), locale), asked -> write.get());
    }

    /** The rows of one table's CSV: its title and the settings, its headings, then its lines. */
    List<List<String>> csv(ReportTables.Table table, String settings) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(table.title(), settings));
        rows.add(table.headers());
        table.lines().forEach(line -> rows.add(line.cells().stream().map(ReportTables::format).toList()));
        return rows;
    }

    /**
     * Every table as a sheet named by its title in the reader's language, after a first sheet ({@code about}, named
     * {@code aboutTitle}) that states what the workbook is: year, area, settings, the population the figures rest
     * on, and their source, one line each as label and value.
     */
    byte[] xlsx(List<ReportTables.Table> tables, String settings, String aboutTitle, List<List<String>> about) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Sheet first = workbook.createSheet(WorkbookUtil.createSafeSheetName(aboutTitle));
            for (int i = 0; i < about.size(); i++) {
                Row row = first.createRow(i);
                for (int j = 0; j < about.get(i).size(); j++) {
                    row.createCell(j).setCellValue(about.get(i).get(j));
                }
                row.getCell(0).setCellStyle(bold);
            }
            first.setColumnWidth(0, 30 * 256);
            first.setColumnWidth(1, 100 * 256);
            for (ReportTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                sheet.createRow(0).createCell(0).setCellValue(table.title());
                sheet.getRow(0).getCell(0).setCellStyle(bold);
                sheet.createRow(1).createCell(0).setCellValue(settings);
                Row headers = sheet.createRow(3);
                for (int i = 0; i < table.headers().size(); i++) {
                    headers.createCell(i).setCellValue(table.headers().get(i));
                    headers.getCell(i).setCellStyle(bold);
                }
                int rowNumber = 4;
                for (ReportTables.Line line : table.lines()) {
                    Row row = sheet.createRow(rowNumber++);
                    for (int i = 0; i < line.cells().size(); i++) {
                        Object cell = line.cells().get(i);
                        if (cell instanceof BigDecimal decimal) {
                            row.createCell(i).setCellValue(decimal.doubleValue());
                            row.getCell(i).setCellStyle(rate);
                        } else if (cell instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else if (cell != null) {
                            row.createCell(i).setCellValue(cell.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 4);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
