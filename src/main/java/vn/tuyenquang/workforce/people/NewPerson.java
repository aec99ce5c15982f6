package vn.tuyenquang.workforce.people;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A person as a form or an import row gives them. {@link PersonRegister#register} checks the citizen ID
 * against the birth date and sex and the codes against the reference lists.
 */
public record NewPerson(
        @Schema(description = "The personal identification number (số định danh cá nhân, CCCD): 12 digits, agreeing "
                + "with the birth year and sex", pattern = "^\\d{12}$", example = "008090001234")
        @NotBlank String citizenId,
        @Schema(example = "Nguyễn Văn An", maxLength = 120) @NotBlank @Size(max = 120) String fullName,
        @Schema(format = "date", example = "1990-05-01") @NotNull @Past LocalDate birthDate,
        @NotNull Sex sex,
        @Schema(description = "The ethnic group's code (Decision 121-TCTK/PPCĐ, 2 digits: 01 Kinh)",
                pattern = "^\\d{2}$", example = "01") String ethnicCode,
        @Schema(description = "The commune's code (5 digits, the province's list at /api/reference/communes)",
                pattern = "^\\d{5}$", example = "00694") @NotBlank String communeCode,
        @Schema(description = "A Vietnamese phone: a mobile of 10 digits (03, 05, 07, 08, 09…) or a landline of 11 "
                + "(02…); +84, spaces, dots and dashes are accepted", example = "0912345678") String phone,
        @NotNull LabourStatus labourStatus) {
}
