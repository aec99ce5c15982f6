package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.NewPerson;

/** Certificates for tests: a person enrolled on a course, completed and certified, each with a unique number. */
@TestComponent
public class TestCertificates {

    private final TrainingRegistry training;
    private final Certificates certificates;

    TestCertificates(TrainingRegistry training, Certificates certificates) {
        this.training = training;
        this.certificates = certificates;
    }

    /** Enrols the person four months before {@code issuedOn}, completes the course the day before, and certifies. */
    public Certificate certify(CurrentUser staff, UUID courseId, NewPerson person, LocalDate issuedOn) {
        Enrolment enrolment = training.enrol(staff, courseId, person, issuedOn.minusMonths(4));
        training.complete(staff, enrolment.id(), issuedOn.minusDays(1));
        return certificates.issue(staff, enrolment.id(), "TC-" + UUID.randomUUID().toString().substring(0, 8), issuedOn);
    }
}
