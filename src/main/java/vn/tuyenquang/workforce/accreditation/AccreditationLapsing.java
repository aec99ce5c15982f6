package vn.tuyenquang.workforce.accreditation;

import java.time.LocalDate;
import java.util.UUID;

/** A centre's accreditation lapses on {@code validUntil}, within the notice period, with no newer decision yet. */
public record AccreditationLapsing(UUID centreId, LocalDate validUntil) {
}
