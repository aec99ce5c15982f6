package vn.tuyenquang.workforce.indicators.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.IndicatorException;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.Snapshot;
import vn.tuyenquang.workforce.indicators.Snapshots;

/**
 * The department freezes a year's province figures as reported, after seeing what it freezes (the year, the
 * settings and the figures), and compares a frozen year with today's figures.
 */
@Controller
class SnapshotController {

    static final String SNAPSHOT_VIEW = "indicators/snapshot";
    static final String FREEZE_VIEW = "indicators/freeze";

    private final Snapshots snapshots;
    private final Indicators indicators;
    private final ReportTables tables;

    SnapshotController(Snapshots snapshots, Indicators indicators, ReportTables tables) {
        this.snapshots = snapshots;
        this.indicators = indicators;
        this.tables = tables;
    }

    /** What freezing would store, to be confirmed: the year, the settings, the figures, final or provisional. */
    @GetMapping("/indicators/snapshots/new")
    String confirm(ReportQuery query, Model model, Locale locale) {
        int year = query.year(indicators.currentYear());
        IndicatorSettings settings = query.settings(indicators.defaultSettings());
        IndicatorReport report = snapshots.preview(year, settings);
        model.addAttribute("report", report);
        model.addAttribute("settings", settings);
        model.addAttribute("settingsText", tables.settings(settings, locale));
        model.addAttribute("mayBeFinal", snapshots.mayBeFinal(year));
        model.addAttribute("current", snapshots.find(year).orElse(null));
        return FREEZE_VIEW;
    }

    /** Freezes the year with the settings confirmed; without the confirmation, back to what would be frozen. */
    @PostMapping("/indicators/snapshots")
    String freeze(ReportQuery query, @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "false") boolean provisional, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes flash) {
        int year = query.year(indicators.currentYear());
        IndicatorSettings settings = query.settings(indicators.defaultSettings());
        if (!confirmed) {
            return "redirect:" + UriComponentsBuilder.fromPath("/indicators/snapshots/new").queryParam("year", year)
                    .queryParam("shortCourses", settings.shortCourses())
                    .queryParam("informalSkills", settings.informalSkills())
                    .queryParam("denominator", settings.denominator())
                    .queryParam("nationalSkillCertificates", settings.nationalSkillCertificates())
                    .queryParam("workersAbroad", settings.workersAbroad()).toUriString();
        }
        try {
            snapshots.freeze(user, year, settings, provisional);
            flash.addFlashAttribute("message", "indicators.snapshot.done");
        } catch (IndicatorException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            if (snapshots.find(year).isEmpty()) {
                return "redirect:/indicators?year=" + year;
            }
        }
        return "redirect:/indicators/snapshots/" + year;
    }

    @GetMapping("/indicators/snapshots/{year}")
    String snapshot(@PathVariable int year, Model model, Locale locale) {
        Snapshot snapshot = snapshots.get(year);
        IndicatorReport frozen = snapshot.report();
        IndicatorReport today = indicators.report(Optional.empty(), year, frozen.settings());
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("frozen", frozen);
        model.addAttribute("today", today);
        model.addAttribute("settingsText", tables.settings(frozen.settings(), locale));
        model.addAttribute("comparison", tables.comparison(frozen, today, locale));
        return SNAPSHOT_VIEW;
    }
}
