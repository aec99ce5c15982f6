package vn.tuyenquang.workforce.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A programme as the department enters or corrects it. */
public record ProgrammeForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,30}", message = "{programme.code.invalid}") String code,
        @NotBlank @Size(max = 300, message = "{common.tooLong}") String name,
        @NotNull FundingProgramme.Kind kind,
        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @Min(2000) @Max(2100) Integer lastYear) {

    public static ProgrammeForm empty(int year) {
        return new ProgrammeForm("", "", null, year, null);
    }

    public static ProgrammeForm of(FundingProgramme p) {
        return new ProgrammeForm(p.code(), p.name(), p.kind(), p.firstYear(), p.lastYear());
    }
}
