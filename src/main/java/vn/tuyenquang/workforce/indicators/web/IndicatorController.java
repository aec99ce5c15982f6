package vn.tuyenquang.workforce.indicators.web;

import java.util.Locale;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.Denominator;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.NationalSkillCertificates;
import vn.tuyenquang.workforce.indicators.WorkersAbroad;
import vn.tuyenquang.workforce.indicators.Snapshots;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The training-rate dashboard of the province or one commune and its printable report (its tables as files:
 * {@link ReportDownloadController}). A commune officer's report is always their own commune's.
 */
@Controller
class IndicatorController {

    static final String DASHBOARD_VIEW = "indicators/dashboard";
    static final String PRINT_VIEW = "indicators/print";

    private final ReportReading reading;
    private final Indicators indicators;
    private final Snapshots snapshots;
    private final ReferenceCatalog reference;
    private final ObjectMapper json;
    private final ReportPages pages;

    IndicatorController(ReportReading reading, Indicators indicators, Snapshots snapshots, ReferenceCatalog reference,
                        ObjectMapper json, ReportPages pages) {
        this.reading = reading;
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.reference = reference;
        this.json = json;
        this.pages = pages;
    }

    @GetMapping("/indicators")
    String dashboard(ReportQuery query, @RequestParam(defaultValue = "trained") String mapRate,
                     @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
                     HttpServletRequest request, HttpServletResponse response) throws JsonProcessingException {
        ReportReading.Reading read = reading.read(query, user, locale);
        pages.describe(read, user, mapRate, model);
        pages.render(model, locale, request, response);
        model.addAttribute("chartJson", json.writeValueAsString(TrendChart.of(read.report())));
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
        pages.describe(reading.read(query, user, locale), user, mapRate, model);
        return PRINT_VIEW;
    }
}
