package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import vn.tuyenquang.workforce.reference.QualificationLevel;

/**
 * What a person's qualification facts imply, kept on their row for the indicators and search: the highest
 * level (the fact of the highest level wins), whether they are certified, and the first dates from which they
 * count as certified, as having a short course, as having a skill acquired informally with at least three
 * years in the trade, and as holding a national skill certificate (with and without three years in the trade: how
 * it counts is the indicators' setting). Derived here, in one place, whenever facts are written; never typed in.
 */
record QualificationSummary(String highestLevelCode, boolean certified, LocalDate certifiedSince,
                            LocalDate shortCourseSince, LocalDate informalSince, LocalDate nationalCertSince,
                            LocalDate nationalCertExperiencedSince) {

    static final String NATIONAL_SKILL_CERT = "NATIONAL_SKILL_CERT";

    static final QualificationSummary NONE = new QualificationSummary(null, false, null, null, null, null, null);

    /** One fact as the derivation needs it. */
    record Fact(String levelCode, LocalDate acquiredOn, Integer yearsInTrade) {
    }

    static QualificationSummary of(Collection<Fact> facts, Map<String, QualificationLevel> levels) {
        if (facts.isEmpty()) {
            return NONE;
        }
        String highest = facts.stream().map(Fact::levelCode)
                .max(Comparator.comparingInt(code -> levels.get(code).ordinal())).orElse(null);
        Predicate<Fact> certifiedLevel = f -> levels.get(f.levelCode()).countsAsCertified();
        Predicate<Fact> experienced = f -> f.yearsInTrade() != null && f.yearsInTrade() >= 3;
        Predicate<Fact> nationalCertificate = f -> f.levelCode().equals(NATIONAL_SKILL_CERT);
        return new QualificationSummary(highest, facts.stream().anyMatch(certifiedLevel),
                earliest(facts, certifiedLevel),
                earliest(facts, f -> f.levelCode().equals("CONTINUING_UNDER_3M")),
                earliest(facts, nationalCertificate.negate().and(experienced).and(f -> levels.get(f.levelCode())
                        .countsAsTrained() == QualificationLevel.CountsAsTrained.CONDITIONAL)),
                earliest(facts, nationalCertificate),
                earliest(facts, nationalCertificate.and(experienced)));
    }

    private static LocalDate earliest(Collection<Fact> facts, Predicate<Fact> which) {
        return facts.stream().filter(which).map(Fact::acquiredOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
