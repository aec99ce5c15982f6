package vn.tuyenquang.workforce.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's labour status through time, as the register learnt it: the status held now and since when (unknown for a
 * learner recorded without a date), and the earlier statuses, each over its period [since, until).
 */
public record LabourHistory(LabourStatus current, LocalDate currentSince, List<Period> earlier) {

    /** A status that held from {@code since} (unknown: from the start of the record) until the day before {@code until}. */
    public record Period(LabourStatus status, LocalDate since, LocalDate until) {
    }

    /** The status held on {@code day}; empty before the register knew any. */
    public Optional<LabourStatus> on(LocalDate day) {
        if (currentSince == null || !currentSince.isAfter(day)) {
            return Optional.of(current);
        }
        return earlier.stream()
                .filter(p -> (p.since() == null || !p.since().isAfter(day)) && p.until().isAfter(day))
                .map(Period::status).findFirst();
    }

    /** Whether the person was employed on {@code day}, as far as the register knows. */
    public boolean employedOn(LocalDate day) {
        return on(day).filter(LabourStatus.EMPLOYED::equals).isPresent();
    }
}
