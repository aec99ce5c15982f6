package vn.tuyenquang.workforce.accreditation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision as the department enters it; {@code validUntil} only (and always) when accredited. */
public record AccreditationForm(
        @NotNull Accreditation.Result result,
        @NotBlank @Size(max = 200, message = "{common.tooLong}") String body,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

    public static AccreditationForm empty() {
        return new AccreditationForm(Accreditation.Result.ACCREDITED, "", null, null);
    }
}
