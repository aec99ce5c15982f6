package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** An enrolment decides its own transitions: completed or dropped only while enrolled, on a day, not before it began. */
class EnrolmentTest {

    static final LocalDate ENROLLED = LocalDate.of(2026, 3, 2);

    private final Enrolment open = new Enrolment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            Enrolment.Status.ENROLLED, ENROLLED, null, null);

    @Test
    void anEnrolmentIsCompletedOnADayAndDroppedOnADay() {
        assertThat(open.complete(LocalDate.of(2026, 6, 30)))
                .extracting(Enrolment::status, Enrolment::completedOn, Enrolment::droppedOn)
                .containsExactly(Enrolment.Status.COMPLETED, LocalDate.of(2026, 6, 30), null);
        assertThat(open.drop(ENROLLED)).extracting(Enrolment::status, Enrolment::droppedOn)
                .containsExactly(Enrolment.Status.DROPPED, ENROLLED);
    }

    @Test
    void withoutADayItIsNeitherCompletedNorDroppedButSaysWhatIsMissing() {
        assertThatThrownBy(() -> open.complete(null)).isInstanceOfSatisfying(TrainingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.dateMissing"));
        assertThatThrownBy(() -> open.drop(null)).isInstanceOfSatisfying(TrainingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.dateMissing"));
    }

    @Test
    void notBeforeItBeganAndOnlyOnce() {
        assertThatThrownBy(() -> open.complete(ENROLLED.minusDays(1))).isInstanceOfSatisfying(TrainingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.beforeEnrolment"));
        Enrolment completed = open.complete(ENROLLED.plusMonths(3));
        assertThatThrownBy(() -> completed.drop(ENROLLED.plusMonths(4))).isInstanceOfSatisfying(TrainingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("enrolment.notOpen"));
    }
}
