package vn.tuyenquang.workforce.programmes.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.ProgrammeForm;

@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Chương trình tài trợ / Funding programmes",
        description = "The department's list of programmes that pay for training (resolution IV.7b)")
class ProgrammeApiController {

    private final FundingProgrammes programmes;

    ProgrammeApiController(FundingProgrammes programmes) {
        this.programmes = programmes;
    }

    @Operation(summary = "Every funding programme, the latest first")
    @GetMapping
    List<FundingProgramme> all() {
        return programmes.all();
    }

    @Operation(summary = "Adds a programme (the department)",
            description = "The code is unique whatever its letter case and is kept in capitals.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FundingProgramme create(@Valid @RequestBody ProgrammeForm form) {
        return programmes.create(form);
    }

    @Operation(summary = "Corrects a programme (the department); enrolments that name it keep naming it")
    @PutMapping("/{id}")
    FundingProgramme update(@PathVariable UUID id, @Valid @RequestBody ProgrammeForm form) {
        programmes.programme(id);
        return programmes.update(id, form);
    }
}
