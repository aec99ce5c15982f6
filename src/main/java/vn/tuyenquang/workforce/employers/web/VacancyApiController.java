package vn.tuyenquang.workforce.employers.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;

/**
 * An employer's vacancies as JSON, for its own HR system: the same rules and scoping as the pages (HTTP
 * Basic; an employer's account reaches only its own vacancies, the department every one).
 */
@RestController
@Tag(name = "Tuyển dụng / Vacancies", description = "An employer's vacancies and their lifecycle")
class VacancyApiController {

    record StatusChange(@NotNull Vacancy.Status status) {
    }

    private final Employers employers;

    VacancyApiController(Employers employers) {
        this.employers = employers;
    }

    @Operation(summary = "The employer's vacancies, newest first")
    @GetMapping("/api/employers/{id}/vacancies")
    List<Vacancy> vacancies(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return employers.vacancies(user, id);
    }

    @Operation(summary = "A new vacancy of the employer, saved as a draft")
    @PostMapping("/api/employers/{id}/vacancies")
    @ResponseStatus(HttpStatus.CREATED)
    Vacancy create(@PathVariable UUID id, @Valid @RequestBody NewVacancy vacancy,
                   @AuthenticationPrincipal CurrentUser user) {
        return employers.createVacancy(user, id, vacancy);
    }

    @Operation(summary = "One vacancy")
    @GetMapping("/api/vacancies/{id}")
    Vacancy vacancy(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return employers.vacancy(user, id);
    }

    @Operation(summary = "Opens, fills or closes the vacancy, as its lifecycle allows (422 with the reason otherwise)")
    @PostMapping("/api/vacancies/{id}/status")
    Vacancy move(@PathVariable UUID id, @Valid @RequestBody StatusChange change, @AuthenticationPrincipal CurrentUser user) {
        return employers.move(user, id, change.status());
    }
}
