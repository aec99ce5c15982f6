package vn.tuyenquang.workforce.training;

import java.time.LocalDate;

import vn.tuyenquang.workforce.people.NewPerson;

/**
 * One learner of a centre as a graduates file lists them: who they are, the course (by its code within
 * the centre), and as far as they got: enrolled, completed, certified.
 *
 * @param completedOn       empty while still studying
 * @param certificateNumber empty when no certificate was issued (yet)
 * @param programmeCode     the funding programme that paid for the enrolment; empty when the file does not say
 */
public record Graduate(NewPerson person, String courseCode, LocalDate enrolledOn, LocalDate completedOn,
                       String certificateNumber, LocalDate issuedOn, String programmeCode) {

    /** A learner as a file without the programme column lists them. */
    public Graduate(NewPerson person, String courseCode, LocalDate enrolledOn, LocalDate completedOn,
                    String certificateNumber, LocalDate issuedOn) {
        this(person, courseCode, enrolledOn, completedOn, certificateNumber, issuedOn, null);
    }
}
