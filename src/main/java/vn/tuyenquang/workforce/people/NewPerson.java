package vn.tuyenquang.workforce.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A person as a form or an import row gives them. {@link PersonRegister#register} checks the citizen ID
 * against the birth date and sex and the codes against the reference lists.
 */
public record NewPerson(
        @NotBlank String citizenId,
        @NotBlank @Size(max = 120) String fullName,
        @NotNull @Past LocalDate birthDate,
        @NotNull Sex sex,
        String ethnicCode,
        @NotBlank String communeCode,
        String phone,
        @NotNull LabourStatus labourStatus) {
}
