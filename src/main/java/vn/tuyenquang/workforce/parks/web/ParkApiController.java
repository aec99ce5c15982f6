package vn.tuyenquang.workforce.parks.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.parks.IndustrialPark;
import vn.tuyenquang.workforce.parks.IndustrialParks;
import vn.tuyenquang.workforce.parks.ParkReport;

@RestController
@RequestMapping("/api/parks")
@Tag(name = "Khu, cụm công nghiệp / Industrial parks",
        description = "The department's list of industrial parks and clusters, and vacancies, hires and supply by park")
class ParkApiController {

    private final IndustrialParks parks;
    private final ParkReport report;

    ParkApiController(IndustrialParks parks, ParkReport report) {
        this.parks = parks;
        this.report = report;
    }

    @Operation(summary = "The parks and clusters of the department's list")
    @GetMapping
    List<IndustrialPark> all() {
        return parks.all();
    }

    @Operation(summary = "Vacancies, places, hires, open places and certified people by park and trade",
            description = "Every park of the list, then vacancies whose typed park name is not mapped (park null).")
    @GetMapping("/report")
    List<ParkReport.ParkFigures> report(@AuthenticationPrincipal CurrentUser user) {
        return report.figures(user);
    }
}
