package vn.tuyenquang.workforce.outcomes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.outcomes.Outcome;
import vn.tuyenquang.workforce.outcomes.OutcomeReport;
import vn.tuyenquang.workforce.outcomes.Share;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The outcomes as an XLSX workbook, as the page shows them: a sheet of centres and a sheet of courses, each headed by
 * what the figures are; a share as a number (percent) beside its count and denominator, a masked one as text.
 */
@Component
class OutcomeWorkbook {

    private final MessageSource messages;
    private final ReferenceCatalog reference;

    OutcomeWorkbook(MessageSource messages, ReferenceCatalog reference) {
        this.messages = messages;
        this.reference = reference;
    }

    byte[] of(OutcomeReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            String settings = message("outcomes.settings", locale, report.year(),
                    report.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Share.SMALLEST_SHOWN);
            sheet(workbook, bold, message("outcomes.byCentre", locale), settings, report.centres(), false, locale);
            sheet(workbook, bold, message("outcomes.byCourse", locale), settings, report.courses(), true, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(XSSFWorkbook workbook, CellStyle bold, String title, String settings, List<Outcome> outcomes,
                       boolean courses, Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(settings);
        List<String> headers = new ArrayList<>(List.of(message("outcomes.rank", locale), message("outcomes.centre", locale)));
        if (courses) {
            headers.addAll(List.of(message("outcomes.course", locale), message("outcomes.occupation", locale)));
        }
        headers.add(message("outcomes.completers", locale));
        for (String figure : List.of("outcomes.certified", "outcomes.employed6", "outcomes.employed12", "outcomes.inTrade")) {
            headers.add(message(figure, locale) + " (%)");
            headers.add(message(figure, locale) + " (" + message("outcomes.countOf", locale) + ")");
        }
        headers.add(message("outcomes.medianDays", locale));
        Row header = sheet.createRow(3);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        for (int r = 0; r < outcomes.size(); r++) {
            Outcome o = outcomes.get(r);
            Row row = sheet.createRow(4 + r);
            int c = 0;
            row.createCell(c++).setCellValue(r + 1);
            row.createCell(c++).setCellValue(o.centreName());
            if (courses) {
                row.createCell(c++).setCellValue(o.courseCode() + " · " + o.courseName());
                row.createCell(c++).setCellValue(o.occupationCode() + " · " + reference.occupation(o.occupationCode())
                        .map(occupation -> occupation.title(locale)).orElse(""));
            }
            row.createCell(c++).setCellValue(o.completers());
            for (Share share : List.of(o.certified(), o.employedAt6Months(), o.employedAt12Months(), o.hiredInTrade())) {
                if (share.empty()) {
                    row.createCell(c++).setCellValue("–");
                } else if (share.masked()) {
                    row.createCell(c++).setCellValue(message("outcomes.masked", locale, Share.SMALLEST_SHOWN));
                } else {
                    row.createCell(c++).setCellValue(share.percent());
                }
                row.createCell(c++).setCellValue((share.masked() ? "…" : String.valueOf(share.count())) + "/" + share.of());
            }
            if (o.medianShown()) {
                row.createCell(c).setCellValue(o.medianDaysToHire());
            } else {
                row.createCell(c).setCellValue("–");
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
