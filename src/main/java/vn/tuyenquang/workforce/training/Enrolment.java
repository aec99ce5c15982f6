package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.UUID;

import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.text.RandomCodes;

/** A person's enrolment in a course: enrolled, then completed or dropped. */
public record Enrolment(UUID id, UUID courseId, UUID personId, Status status, LocalDate enrolledOn,
                        LocalDate completedOn, LocalDate droppedOn) {

    public enum Status { ENROLLED, COMPLETED, DROPPED }

    Enrolment complete(LocalDate on) {
        requireEnrolled(on);
        return new Enrolment(id, courseId, personId, Status.COMPLETED, enrolledOn, on, null);
    }

    /**
     * The certificate of this enrolment, numbered {@code number}: only once the enrolment is completed, issued on a day
     * no earlier than its completion, with a new verification code (10 capitals and digits) for its public page.
     */
    Certificate certify(Course course, String number, LocalDate issuedOn) {
        if (status != Status.COMPLETED) {
            throw new TrainingException("certificate.notCompleted", null);
        }
        if (issuedOn == null || issuedOn.isBefore(completedOn)) {
            throw new TrainingException("certificate.beforeCompletion", "issuedOn");
        }
        return new Certificate(RecordIds.next(), course.centreId(), id, personId, number.strip(), course.levelCode(),
                course.occupationCode(), issuedOn, Certificate.Status.VALID, null, null,
                RandomCodes.generate(RandomCodes.UPPER_AND_DIGITS, 10));
    }

    Enrolment drop(LocalDate on) {
        requireEnrolled(on);
        return new Enrolment(id, courseId, personId, Status.DROPPED, enrolledOn, null, on);
    }

    /** Completed or dropped only while enrolled, on a day (not before the enrolment). */
    private void requireEnrolled(LocalDate on) {
        if (on == null) {
            throw new TrainingException("enrolment.dateMissing", "on");
        }
        if (status != Status.ENROLLED) {
            throw new TrainingException("enrolment.notOpen", null);
        }
        if (on.isBefore(enrolledOn)) {
            throw new TrainingException("enrolment.beforeEnrolment", "on");
        }
    }
}
