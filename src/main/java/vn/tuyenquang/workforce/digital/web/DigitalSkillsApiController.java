package vn.tuyenquang.workforce.digital.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.digital.DigitalSkillsReport;
import vn.tuyenquang.workforce.system.ReportYears;

@RestController
@Tag(name = "Kỹ năng số / Digital skills", description = "People trained in digital and technology skills, IV.7a")
class DigitalSkillsApiController {

    private final DigitalSkillsReport report;
    private final Clock clock;

    DigitalSkillsApiController(DigitalSkillsReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Operation(summary = "People trained in digital skills in a year, by commune, sex, ethnic group, age band and course",
            description = "The department's: the province; a commune officer's: the commune. Without a year, this year.")
    @GetMapping("/api/digital-skills")
    DigitalSkillsReport.Report report(@RequestParam(required = false) Integer year,
                                      @AuthenticationPrincipal CurrentUser user) {
        return report.of(user, ReportYears.chosen(year, clock, false));
    }
}
