package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate a centre issued, as a fact about its holder's qualification. */
public record CertificateFact(UUID personId, UUID certificateId, String levelCode, String occupationCode,
                              LocalDate issuedOn) {
}
