package vn.tuyenquang.workforce.outcomes.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.outcomes.ProgrammeOutcomes;
import vn.tuyenquang.workforce.outcomes.ProgrammeReport;
import vn.tuyenquang.workforce.outcomes.Share;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.CsvDownload;
import vn.tuyenquang.workforce.system.ReportYears;

/**
 * Training by the programme that paid for it, per programme and per programme and commune, as a page and a CSV file:
 * the department sees every centre, a centre's staff their own (the outcomes pages' access).
 */
@Controller
class ProgrammeOutcomeController {

    static final String VIEW = "outcomes/programmes";

    private final ProgrammeOutcomes outcomes;
    private final ReferenceCatalog reference;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeOutcomeController(ProgrammeOutcomes outcomes, ReferenceCatalog reference, MessageSource messages,
                               Clock clock) {
        this.outcomes = outcomes;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/outcomes/programmes")
    String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("report", outcomes.of(user, yearOf(year)));
        model.addAttribute("communeNames", reference.communeNames());
        model.addAttribute("years", ReportYears.choices(clock));
        return VIEW;
    }

    /** Every programme's row, then every programme and commune's, with counts beside each share (masked ones empty). */
    @GetMapping("/outcomes/programmes.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
                               Locale locale) {
        ProgrammeReport report = outcomes.of(user, yearOf(year));
        Map<String, String> communes = reference.communeNames();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String key : List.of("programmeReport.csv.programmeCode", "programme.name", "programme.kind",
                "programmeReport.csv.communeCode", "programmeReport.commune", "programmeReport.enrolled",
                "programmeReport.completed")) {
            header.add(messages.getMessage(key, null, locale));
        }
        for (String key : List.of("outcomes.certified", "outcomes.employed6", "outcomes.employed12",
                "programmeReport.ethnicMinority")) {
            String name = messages.getMessage(key, null, locale);
            header.addAll(List.of(name, name + " (%)", messages.getMessage("programmeReport.csv.of", new Object[] {name}, locale)));
        }
        rows.add(header);
        List<ProgrammeReport.Row> all = new ArrayList<>(report.programmes());
        all.addAll(report.communes());
        for (ProgrammeReport.Row r : all) {
            List<String> row = new ArrayList<>();
            row.add(r.programme() == null ? "" : r.programme().code());
            row.add(r.programme() == null ? messages.getMessage("programmeReport.unnamed", null, locale) : r.programme().name());
            row.add(r.programme() == null ? "" : messages.getMessage("programme.kind." + r.programme().kind(), null, locale));
            row.add(r.communeCode());
            row.add(r.communeCode() == null ? messages.getMessage("programmeReport.allCommunes", null, locale)
                    : communes.getOrDefault(r.communeCode(), ""));
            row.add(Integer.toString(r.enrolled()));
            row.add(Integer.toString(r.completed()));
            for (Share share : List.of(r.certified(), r.employedAt6Months(), r.employedAt12Months(), r.ethnicMinority())) {
                boolean shown = !share.empty() && !share.masked();
                row.add(shown ? Integer.toString(share.count()) : "");
                row.add(shown ? Double.toString(share.percent()) : "");
                row.add(Integer.toString(share.of()));
            }
            rows.add(row);
        }
        return CsvDownload.of("dao-tao-theo-chuong-trinh-" + report.year() + ".csv", rows);
    }

    private int yearOf(Integer year) {
        return ReportYears.chosen(year, clock, false);
    }
}
