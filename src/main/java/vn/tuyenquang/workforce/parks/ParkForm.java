package vn.tuyenquang.workforce.parks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A park as the department enters it, or as a row of the parks file gives it. */
public record ParkForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,20}", message = "{park.code.invalid}") String code,
        @NotBlank @Size(max = 200, message = "{common.tooLong}") String name,
        @NotNull IndustrialPark.Kind kind,
        @NotBlank String communeCode) {

    public static ParkForm empty() {
        return new ParkForm("", "", null, "");
    }

    public static ParkForm of(IndustrialPark park) {
        return new ParkForm(park.code(), park.name(), park.kind(), park.communeCode());
    }
}
