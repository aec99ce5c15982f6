package vn.tuyenquang.workforce.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes a report's tables exactly as the page shows them: one table as CSV rows, or every table as a sheet of one XLSX workbook with numbers
 * as numbers. Each starts with the settings the figures were computed with.
 */
@Component
class ReportExport {

    /** The rows of one table's CSV: its title and the settings, its headings, then its lines. */
    List<List<String>> csv(ReportTables.Table table, String settings) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(table.title(), settings));
        rows.add(table.headers());
        table.lines().forEach(line -> rows.add(line.cells().stream().map(ReportTables::format).toList()));
        return rows;
    }

    byte[] xlsx(List<ReportTables.Table> tables, String settings) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            for (ReportTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(table.kind().name());
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
