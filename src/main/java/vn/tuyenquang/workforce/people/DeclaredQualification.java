package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification the person declared (in the commune's labour-supply survey), not issued by a centre
 * here. {@code declaration} names the record it comes from (one per person and survey year, say): a
 * declaration made again under the same name replaces the earlier one. It never replaces a centre's
 * certificate: both stay facts, and the highest of them counts.
 *
 * @param yearsInTrade years worked in the trade, for skills acquired informally; null when not asked
 */
public record DeclaredQualification(UUID personId, String declaration, String levelCode, String occupationCode,
                                    LocalDate acquiredOn, Integer yearsInTrade) {
}
