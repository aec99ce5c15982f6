package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.UUID;

/** A person's enrolment in a course: enrolled, then completed or dropped. */
public record Enrolment(UUID id, UUID courseId, UUID personId, Status status, LocalDate enrolledOn,
                        LocalDate completedOn, LocalDate droppedOn) {

    public enum Status { ENROLLED, COMPLETED, DROPPED }

    Enrolment complete(LocalDate on) {
        requireEnrolled(on);
        return new Enrolment(id, courseId, personId, Status.COMPLETED, enrolledOn, on, null);
    }

    Enrolment drop(LocalDate on) {
        requireEnrolled(on);
        return new Enrolment(id, courseId, personId, Status.DROPPED, enrolledOn, null, on);
    }

    private void requireEnrolled(LocalDate on) {
        if (status != Status.ENROLLED) {
            throw new TrainingException("enrolment.notOpen", null);
        }
        if (on.isBefore(enrolledOn)) {
            throw new TrainingException("enrolment.beforeEnrolment", "on");
        }
    }
}
