package vn.tuyenquang.workforce.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One accreditation decision on a centre: accredited (until {@code validUntil}) or not, by which body, on which day;
 * who recorded it and when.
 */
public record Accreditation(UUID id, UUID centreId, Result result, String body, LocalDate decidedOn,
                            LocalDate validUntil, String recordedBy, Instant recordedAt) {

    public enum Result { ACCREDITED, NOT_ACCREDITED }

    /** Whether this decision makes the centre accredited on {@code day}. */
    public boolean accreditedOn(LocalDate day) {
        return result == Result.ACCREDITED && !day.isBefore(decidedOn) && !day.isAfter(validUntil);
    }
}
