package vn.tuyenquang.workforce.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The department's form for a new training centre. */
public record NewCentre(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "{centre.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @io.swagger.v3.oas.annotations.media.Schema(description = "The commune (5 digits)", pattern = "^\\d{5}$",
                example = "02215") @NotBlank String communeCode,
        @io.swagger.v3.oas.annotations.media.Schema(description = "Who owns the centre; empty when not known")
        TrainingCentre.Ownership ownership) {

    /** A centre whose ownership is not given. */
    public NewCentre(String code, String name, String communeCode) {
        this(code, name, communeCode, null);
    }
}
