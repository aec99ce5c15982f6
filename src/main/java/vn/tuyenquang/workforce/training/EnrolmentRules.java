package vn.tuyenquang.workforce.training;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * What makes an enrolment or a course plausible, the same for a form and a file: a learner at least the
 * minimum age for vocational training on the day they enrol (a provincial setting,
 * {@code workforce.training.minimum-age}, 15 by default), never enrolled before they were born; and a course
 * that is training at all, lasting as long as its level requires (the qualification-level list's
 * {@code min_duration_months}: sơ cấp 3, trung cấp 12, cao đẳng 24; a short course under 3).
 */
@Component
class EnrolmentRules {

    static final String SHORT_COURSE = "CONTINUING_UNDER_3M";

    private final int minimumAge;
    private final ReferenceCatalog reference;

    EnrolmentRules(@Value("${workforce.training.minimum-age:15}") int minimumAge, ReferenceCatalog reference) {
        this.minimumAge = minimumAge;
        this.reference = reference;
    }

    /** @throws InvalidValueException on {@code enrolledOn} when the learner was not born yet or too young */
    void checkEnrolment(LocalDate birthDate, LocalDate enrolledOn) {
        if (enrolledOn.isBefore(birthDate)) {
            throw new InvalidValueException("enrolledOn", "enrolment.beforeBirth");
        }
        if (birthDate.plusYears(minimumAge).isAfter(enrolledOn)) {
            throw new InvalidValueException("enrolledOn", "enrolment.tooYoung");
        }
    }

    /** @throws TrainingException on the level or the duration when a course at this level cannot last so long */
    void checkCourse(String levelCode, int durationMonths) {
        QualificationLevel level = reference.qualificationLevelsByCode().get(levelCode);
        if (level == null) {
            throw new TrainingException("course.level.unknown", "levelCode");
        }
        if (level.countsAsTrained() == QualificationLevel.CountsAsTrained.NO || level.code().equals("ON_THE_JOB")) {
            throw new TrainingException("course.level.notTraining", "levelCode");
        }
        if (level.code().equals(SHORT_COURSE) && durationMonths >= 3) {
            throw new TrainingException("course.duration.shortCourse", "durationMonths");
        }
        if (level.minDurationMonths().filter(min -> durationMonths < min).isPresent()) {
            throw new TrainingException("course.duration.tooShort", "durationMonths");
        }
    }
}
