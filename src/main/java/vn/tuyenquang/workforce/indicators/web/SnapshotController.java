package vn.tuyenquang.workforce.indicators.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.IndicatorException;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.Snapshot;
import vn.tuyenquang.workforce.indicators.Snapshots;

/** The department freezes a year's province figures as reported, and compares them with today's. */
@Controller
class SnapshotController {

    static final String SNAPSHOT_VIEW = "indicators/snapshot";

    private final Snapshots snapshots;
    private final Indicators indicators;
    private final ReportTables tables;

    SnapshotController(Snapshots snapshots, Indicators indicators, ReportTables tables) {
        this.snapshots = snapshots;
        this.indicators = indicators;
        this.tables = tables;
    }

    /** Freezes the year with the settings the dashboard showed it with. */
    @PostMapping("/indicators/snapshots")
    String freeze(ReportQuery query, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        int year = query.year(indicators.currentYear());
        try {
            snapshots.freeze(user, year, query.settings(indicators.defaultSettings()));
            flash.addFlashAttribute("message", "indicators.snapshot.done");
        } catch (IndicatorException e) {
            flash.addFlashAttribute("problem", e.messageKey());
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
