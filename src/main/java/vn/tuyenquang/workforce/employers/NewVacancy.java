package vn.tuyenquang.workforce.employers;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.tuyenquang.workforce.people.Sex;

/**
 * An employer's form for a new vacancy (saved as a draft). The workplace is a commune, optionally an
 * industrial park, and optionally exact coordinates; without them, distances are measured from the
 * commune's centre. Codes and the pay range are checked by {@link Employers}. A restriction to one sex
 * ({@code requiredSex}, normally empty) is refused without its lawful reason ({@code sexReason}). The
 * deadline is ISO text both ways, as a date input sends and shows it. The same form edits a draft.
 */
public record NewVacancy(@NotBlank @Size(max = 200, message = "{common.tooLong}") String title,
                         @Schema(description = "The occupation (VSCO 2020, 4 digits)", pattern = "^\\d{4}$")
                         @NotBlank String occupationCode,
                         @NotBlank String minLevelCode,
                         @NotBlank @Size(max = 1000, message = "{common.tooLong}") String skills,
                         @NotNull @Min(1) @Max(10000) Integer headcount,
                         @NotNull @Min(0) Long payMinVnd,
                         @NotNull @Min(0) Long payMaxVnd,
                         @Schema(description = "The workplace's commune (5 digits)", pattern = "^\\d{5}$", example = "00694")
                         @NotBlank String communeCode,
                         @Size(max = 150, message = "{common.tooLong}") String industrialPark,
                         @DecimalMin("8.0") @DecimalMax("24.0") BigDecimal latitude,
                         @DecimalMin("102.0") @DecimalMax("110.0") BigDecimal longitude,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                         Sex requiredSex,
                         @Size(max = 500, message = "{common.tooLong}") String sexReason) {

    /** The form holding a vacancy's values, to edit its draft. */
    public static NewVacancy of(Vacancy v) {
        return new NewVacancy(v.title(), v.occupationCode(), v.minLevelCode(), v.skills(), v.headcount(), v.payMinVnd(),
                v.payMaxVnd(), v.communeCode(), v.industrialPark(), v.latitude(), v.longitude(), v.deadline(),
                v.requiredSex(), v.sexReason());
    }
}
