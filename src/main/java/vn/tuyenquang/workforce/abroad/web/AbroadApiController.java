package vn.tuyenquang.workforce.abroad.web;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.abroad.AbroadReport;
import vn.tuyenquang.workforce.abroad.Departure;
import vn.tuyenquang.workforce.abroad.DepartureForm;
import vn.tuyenquang.workforce.abroad.Departures;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.system.ProvinceTime;

@RestController
@RequestMapping("/api/abroad")
@Tag(name = "Đi làm việc ở nước ngoài / Work abroad",
        description = "Workers who left to work abroad under contract (Law 69/2020/QH14), resolution IV.7b")
class AbroadApiController {

    private final AbroadReport report;
    private final Departures departures;
    private final Clock clock;

    AbroadApiController(AbroadReport report, Departures departures, Clock clock) {
        this.report = report;
        this.departures = departures;
        this.clock = clock;
    }

    @Operation(summary = "The year's departures and returns by commune, country, trade and sex",
            description = "The department's: the province; a commune officer's: the commune. Workers by masked name.")
    @GetMapping
    AbroadReport.Report report(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user) {
        return report.of(user, year == null ? ProvinceTime.today(clock).getYear() : year);
    }

    @Operation(summary = "Records a departure (201), or the return day it lacked (200 likewise)",
            description = "The worker by citizen ID, in the register (a commune officer's: of the commune). The register "
                    + "counts them abroad from the day of departure and back, unemployed, from the day of return.")
    @PostMapping("/departures")
    @ResponseStatus(HttpStatus.CREATED)
    Departure record(@Valid @RequestBody DepartureForm form, @AuthenticationPrincipal CurrentUser user) {
        return departures.record(user, form).departure();
    }
}
