package vn.tuyenquang.workforce.training;

import java.time.LocalDate;

import vn.tuyenquang.workforce.people.NewPerson;

/**
 * One learner of a centre as a graduates file lists them: who they are, the course (by its code within
 * the centre), and as far as they got: enrolled, completed, certified.
 *
 * @param completedOn       empty while still studying
 * @param certificateNumber empty when no certificate was issued (yet)
 */
public record Graduate(NewPerson person, String courseCode, LocalDate enrolledOn, LocalDate completedOn,
                       String certificateNumber, LocalDate issuedOn) {
}
