package vn.tuyenquang.workforce.abroad;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A departure as a form or a row of the departures file gives it; the person by their citizen ID. */
public record DepartureForm(
        @NotBlank String citizenId,
        @NotBlank String countryCode,
        @NotBlank String occupationCode,
        @NotBlank @Size(max = 200, message = "{common.tooLong}") String sentBy,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate departedOn,
        @NotNull @Min(1) @Max(120) Integer contractMonths,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn) {

    public static DepartureForm empty() {
        return new DepartureForm("", "", "", "", null, null, null);
    }
}
