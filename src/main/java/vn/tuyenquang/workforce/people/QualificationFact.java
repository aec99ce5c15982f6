package vn.tuyenquang.workforce.people;

import java.time.LocalDate;

/** A qualification fact as recorded: a centre's certificate (verified) or a declaration. */
public record QualificationFact(String levelCode, String occupationCode, boolean verified, LocalDate acquiredOn,
                                Integer yearsInTrade) {
}
