package vn.tuyenquang.workforce.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A centre's form for a new course. */
public record NewCourse(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,30}", message = "{course.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "\\d{4}", message = "{course.occupation.pattern}") String occupationCode,
        @NotBlank String levelCode,
        @NotNull @Min(1) @Max(72) Integer durationMonths,
        boolean fullTime) {
}
