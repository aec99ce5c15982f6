package vn.tuyenquang.workforce.indicators.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.Figure;
import vn.tuyenquang.workforce.indicators.IndicatorException;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;

/**
 * A report's tables taken away: one table as CSV, or all of them as an XLSX workbook whose first sheet states the
 * year, the area, the settings, the population and the source. The same reading as the dashboard's.
 */
@Controller
class ReportDownloadController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportReading reading;
    private final ReportExport export;
    private final ReferenceCatalog reference;
    private final MessageSource messages;

    ReportDownloadController(ReportReading reading, ReportExport export, ReferenceCatalog reference,
                             MessageSource messages) {
        this.reading = reading;
        this.export = export;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/indicators/export.csv")
    ResponseEntity<byte[]> csv(ReportQuery query, @RequestParam ReportTables.Kind table,
                               @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ReportReading.Reading reading = this.reading.read(query, user, locale);
        ReportTables.Table chosen = reading.tables().stream().filter(t -> t.kind() == table).findFirst()
                .orElseThrow(() -> new IndicatorException("indicators.table.notFound", "table"));
        return CsvDownload.of(reading.fileName(table.name(), "csv"), export.csv(chosen, reading.settingsText()));
    }

    @GetMapping("/indicators/export.xlsx")
    ResponseEntity<byte[]> xlsx(ReportQuery query, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ReportReading.Reading reading = this.reading.read(query, user, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(reading.fileName("bao-cao", "xlsx")).build().toString())
                .body(export.workbook(reading.report(), locale, () -> export.xlsx(reading.tables(), reading.settingsText(),
                        messages.getMessage("indicators.xlsx.about", null, locale), about(reading, locale))));
    }

    /** What the workbook's first sheet states: year, area, settings, the population used, the source. */
    private List<List<String>> about(ReportReading.Reading reading, Locale locale) {
        IndicatorReport report = reading.report();
        Figure headline = report.headline();
        String area = reading.commune().flatMap(reference::commune).map(c -> c.name())
                .orElse(messages.getMessage("indicators.scope.province", null, locale));
        return List.of(
                List.of(messages.getMessage("indicators.title", null, locale), area),
                List.of(messages.getMessage("indicators.xlsx.year", null, locale), String.valueOf(reading.year())),
                List.of(messages.getMessage("indicators.xlsx.area", null, locale), area),
                List.of(messages.getMessage("indicators.xlsx.settings", null, locale), reading.settingsText()),
                List.of(messages.getMessage("indicators.xlsx.population", null, locale),
                        messages.getMessage("indicators.xlsx.populationValue", new Object[]{headline.population(),
                                messages.getMessage("indicators.denominator." + reading.settings().denominator(), null, locale),
                                reading.year()}, locale)),
                List.of(messages.getMessage("indicators.xlsx.source", null, locale),
                        messages.getMessage("indicators.source." + headline.source(), null, locale)
                                + (report.communesOnBaseline() > 0 ? "; " + messages.getMessage("indicators.onBaseline",
                                new Object[]{report.communesOnBaseline()}, locale) : "")));
    }
}
