package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.Comparator;

import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The orders a course's learners can be shown in. Only the order of enrolment is the course's own; the others need
 * the learners' names, which are the register's, so the course's enrolments are put in order here.
 */
public enum EnrolmentOrder {

    ENROLLED(Comparator.comparing((Learner l) -> l.enrolment().enrolledOn())),
    NAME(Comparator.comparing(Learner::foldedName)),
    /** Completed, then dropped out, then still enrolled (the statuses' codes in alphabetical order). */
    STATUS(Comparator.comparing((Learner l) -> l.enrolment().status().name()).thenComparing(Learner::foldedName)),
    /** The latest certificates first; learners without one after them. */
    CERTIFIED(Comparator.comparing(Learner::certifiedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Learner::foldedName));

    /**
     * An enrolment with what the orders compare: the learner's name folded (accents and case aside, once, not at
     * every comparison) and the date of the certificate, if any.
     */
    record Learner(Enrolment enrolment, String foldedName, LocalDate certifiedOn) {

        static Learner of(Enrolment enrolment, String fullName, LocalDate certifiedOn) {
            return new Learner(enrolment, VietnameseText.fold(fullName), certifiedOn);
        }
    }

    final Comparator<Learner> comparator;

    EnrolmentOrder(Comparator<Learner> order) {
        this.comparator = order.thenComparing(l -> l.enrolment().id().toString());
    }
}
