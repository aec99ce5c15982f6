package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/** A qualification fact an import brings: a centre's certificate, or a declaration in a survey. */
public record ImportedFact(UUID personId, String levelCode, String occupationCode, boolean certificate,
                           String sourceRef, LocalDate acquiredOn, Integer yearsInTrade, Provenance from) {
}
