package vn.tuyenquang.workforce.employers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The department's form for a new employer; the tax code and commune are checked by {@link Employers}. */
public record NewEmployer(@NotBlank String taxCode,
                          @NotBlank @Size(max = 200, message = "{common.tooLong}") String name,
                          @Size(max = 150, message = "{common.tooLong}") String industrialPark,
                          @NotBlank String communeCode,
                          @NotBlank @Size(max = 120, message = "{common.tooLong}") String contactName,
                          String contactPhone,
                          @Email(message = "{employer.contactEmail.form}") @Size(max = 120, message = "{common.tooLong}") String contactEmail) {
}
