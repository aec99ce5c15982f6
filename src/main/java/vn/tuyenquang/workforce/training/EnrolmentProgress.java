package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One enrolment as the reports on training read it: who, where, in which course (and the occupation it trains for),
 * when they enrolled, how far they got, and whether they hold its certificate now (a revoked one does not count).
 *
 * @param completedOn empty unless completed
 */
public record EnrolmentProgress(UUID enrolmentId, UUID personId, UUID centreId, UUID courseId, String occupationCode,
                       Enrolment.Status status, LocalDate enrolledOn, LocalDate completedOn, boolean certified) {

    public boolean completed() {
        return status == Enrolment.Status.COMPLETED;
    }
}
