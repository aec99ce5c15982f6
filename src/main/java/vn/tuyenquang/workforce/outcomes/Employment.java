package vn.tuyenquang.workforce.outcomes;

import java.time.LocalDate;
import java.util.Optional;

import vn.tuyenquang.workforce.people.LabourHistory;
import vn.tuyenquang.workforce.people.LabourStatus;

/**
 * Whether a learner was employed some months after completing, by the register's dated labour status: employed, or
 * working abroad under a labour contract (Law 69/2020/QH14), which is employment, though outside the province.
 */
final class Employment {

    private Employment() {
    }

    /**
     * Whether the person was employed on that day: empty until the day comes, and empty when the register did not
     * yet know their status then (recorded later), so that an unknown is left out of the share, never counted as
     * "not employed".
     */
    static Optional<Boolean> on(LabourHistory history, LocalDate day, LocalDate asOf) {
        if (day.isAfter(asOf) || history == null) {
            return Optional.empty();
        }
        return history.on(day).map(status -> status == LabourStatus.EMPLOYED || status == LabourStatus.ABROAD);
    }
}
