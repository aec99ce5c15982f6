package vn.tuyenquang.workforce.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.Denominator;
import vn.tuyenquang.workforce.indicators.Figure;
import vn.tuyenquang.workforce.indicators.IndicatorException;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.NationalSkillCertificates;
import vn.tuyenquang.workforce.indicators.WorkersAbroad;
import vn.tuyenquang.workforce.indicators.Snapshots;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;

/**
 * The training-rate dashboard of the province or one commune, its printable report, and its tables as
 * CSV and XLSX. A commune officer's report is always their own commune's.
 */
@Controller
class IndicatorController {

    static final String DASHBOARD_VIEW = "indicators/dashboard";
    static final String PRINT_VIEW = "indicators/print";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A report as computed for one request: what was asked, and the tables the reader sees. */
    record Reading(int year, Optional<String> commune, IndicatorSettings settings, IndicatorReport report,
                   List<ReportTables.Table> tables, String settingsText) {
    }

    private final Indicators indicators;
    private final Snapshots snapshots;
    private final ReportTables tables;
    private final ReportExport export;
    private final ReferenceCatalog reference;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ReportPages pages;

    IndicatorController(Indicators indicators, Snapshots snapshots, ReportTables tables, ReportExport export,
                        ReferenceCatalog reference, ObjectMapper json, MessageSource messages, ReportPages pages) {
        this.messages = messages;
        this.pages = pages;
        this.json = json;
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.tables = tables;
        this.export = export;
        this.reference = reference;
    }

    @GetMapping("/indicators")
    String dashboard(ReportQuery query, @RequestParam(defaultValue = "trained") String mapRate,
                     @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                     HttpServletRequest request, HttpServletResponse response) throws JsonProcessingException {
        Reading reading = read(query, user, locale);
        pages.describe(reading, user, mapRate, model);
        pages.render(model, locale, request, response);
        model.addAttribute("chartJson", json.writeValueAsString(TrendChart.of(reading.report())));
        model.addAttribute("denominators", Denominator.values());
        model.addAttribute("nationalSkillCertificateChoices", NationalSkillCertificates.values());
        model.addAttribute("workersAbroadChoices", WorkersAbroad.values());
        model.addAttribute("communes", reference.communes());
        model.addAttribute("years", IntStream.rangeClosed(Indicators.FIRST_YEAR, indicators.currentYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("snapshotYears", snapshots.years());
        return DASHBOARD_VIEW;
    }

    @GetMapping("/indicators/print")
    String print(ReportQuery query, @RequestParam(defaultValue = "trained") String mapRate,
                 @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        pages.describe(read(query, user, locale), user, mapRate, model);
        return PRINT_VIEW;
    }

    @GetMapping("/indicators/export.csv")
    ResponseEntity<byte[]> csv(ReportQuery query, @RequestParam ReportTables.Kind table,
                               @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Reading reading = read(query, user, locale);
        ReportTables.Table chosen = reading.tables().stream().filter(t -> t.kind() == table).findFirst()
                .orElseThrow(() -> new IndicatorException("indicators.table.notFound", "table"));
        return CsvDownload.of(fileName(reading, table.name(), "csv"), export.csv(chosen, reading.settingsText()));
    }

    @GetMapping("/indicators/export.xlsx")
    ResponseEntity<byte[]> xlsx(ReportQuery query, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Reading reading = read(query, user, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(reading, "bao-cao", "xlsx")).build().toString())
                .body(export.workbook(reading.report(), locale, () -> export.xlsx(reading.tables(), reading.settingsText(),
                        messages.getMessage("indicators.xlsx.about", null, locale), about(reading, locale))));
    }

    /** What the workbook's first sheet states: year, area, settings, the population used, the source. */
    private List<List<String>> about(Reading reading, Locale locale) {
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

    private Reading read(ReportQuery query, CurrentUser user, Locale locale) {
        Optional<String> commune = indicators.scope(user, query.communeAsked());
        int year = query.year(indicators.currentYear());
        IndicatorSettings settings = query.settings(indicators.defaultSettings());
        IndicatorReport report = indicators.report(commune, year, settings);
        return new Reading(year, commune, settings, report, tables.of(report, locale), tables.settings(settings, locale));
    }

    private static String fileName(Reading reading, String what, String extension) {
        return "ty-le-qua-dao-tao-" + reading.year() + reading.commune().map(c -> "-" + c).orElse("") + "-" + what + "." + extension;
    }
}
