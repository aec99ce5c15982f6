package vn.tuyenquang.workforce.outcomes.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accreditation.Accreditations;
import vn.tuyenquang.workforce.outcomes.OutcomeReport;
import vn.tuyenquang.workforce.outcomes.TrainingOutcomes;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.PageAccess;
import vn.tuyenquang.workforce.system.ReportYears;

/** Training outcomes by centre and course, for the department (every centre) and a centre's staff (their own). */
@Controller
class OutcomeController {

    static final String OUTCOMES_VIEW = "outcomes/report";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final TrainingOutcomes outcomes;
    private final OutcomeWorkbook workbook;
    private final Clock clock;
    private final ReferenceCatalog reference;
    private final Accreditations accreditations;

    OutcomeController(TrainingOutcomes outcomes, OutcomeWorkbook workbook, Clock clock, ReferenceCatalog reference,
                      Accreditations accreditations) {
        this.accreditations = accreditations;
        this.reference = reference;
        this.outcomes = outcomes;
        this.workbook = workbook;
        this.clock = clock;
    }

    @GetMapping("/outcomes")
    String report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model,
                  Locale locale) {
        OutcomeReport report = outcomes.of(user, yearOf(year));
        model.addAttribute("report", report);
        model.addAttribute("accredited", accreditations.currentAll());
        model.addAttribute("occupationTitles", report.courses().stream().map(o -> o.occupationCode()).distinct()
                .collect(java.util.stream.Collectors.toMap(code -> code, code -> reference.occupation(code)
                        .map(occupation -> occupation.title(locale)).orElse(""))));
        model.addAttribute("years", ReportYears.choices(clock));
        return OUTCOMES_VIEW;
    }

    @GetMapping("/outcomes/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
                                Locale locale) {
        OutcomeReport report = outcomes.of(user, yearOf(year));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ket-qua-dau-ra-dao-tao-" + report.year() + ".xlsx").build().toString())
                .body(workbook.of(report, locale));
    }

    private int yearOf(Integer year) {
        return ReportYears.chosen(year, clock, true);
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {

        @Bean
        PageAccess outcomePages() {
            return paths -> paths.requestMatchers("/outcomes", "/outcomes/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(), Role.CENTRE_STAFF.name());
        }
    }
}
