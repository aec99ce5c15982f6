package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * A course of 40,000 learners (a year's graduates file of a large college, in one course) has its pages like any
 * other: the first and the last in the course's own order (read as a page, since the load test saw the page take
 * seconds when every learner of such a course was read for each view), sorted by name, and a search in it.
 */
@ModuleTest(extraIncludes = {"system", "accounts"})
@Import(TestAccounts.class)
class LargeCourseTest {

    static final int LEARNERS = 40_000;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCourseOfFortyThousandLearnersShowsItsPagesAndFindsInThem() {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        Course course = training.createCourse(staff, centre, new NewCourse("LON-01", "May công nghiệp", "7533",
                "SO_CAP", 3, true));
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> enrolments = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            UUID person = UUID.randomUUID();
            String name = i == 12_345 ? "Sùng Thị Lớn" : "Học Viên " + i;
            persons.add(new Object[]{person, String.format("0011990%05d", i), name,
                    vn.tuyenquang.workforce.text.VietnameseText.fold(name), Date.valueOf(LocalDate.of(1990, 1, 1)), now, now});
            enrolments.add(new Object[]{UUID.randomUUID(), course.id(), person,
                    Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i % 300))});
        }
        jdbc.batchUpdate("""
                insert into person (id, citizen_id, full_name, full_name_folded, birth_date, sex, commune_code,
                    labour_status, consent_to_be_found, certified, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'FEMALE', '00694', 'EMPLOYED', false, false, ?, ?)""", persons);
        jdbc.batchUpdate("insert into enrolment (id, course_id, person_id, status, enrolled_on) values (?, ?, ?, 'ENROLLED', ?)",
                enrolments);

        TrainingRegistry.CourseDetail first = training.course(staff, course.id(), null, EnrolmentOrder.ENROLLED, 0, 50);
        assertThat(first.total()).isEqualTo(LEARNERS);
        assertThat(first.enrolments()).hasSize(50).allSatisfy(row -> {
            assertThat(row.person()).isNotNull();
            assertThat(row.enrolment().enrolledOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        });
        TrainingRegistry.CourseDetail last = training.course(staff, course.id(), null, EnrolmentOrder.ENROLLED,
                LEARNERS / 50 - 1, 50);
        assertThat(last.enrolments()).hasSize(50)
                .allSatisfy(row -> assertThat(row.enrolment().enrolledOn()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(299)));

        TrainingRegistry.CourseDetail byName = training.course(staff, course.id(), null, EnrolmentOrder.NAME, 0, 50);
        assertThat(byName.total()).isEqualTo(LEARNERS);
        assertThat(byName.enrolments()).hasSize(50);
        TrainingRegistry.CourseDetail found = training.course(staff, course.id(), "sung thi lon", EnrolmentOrder.ENROLLED, 0, 50);
        assertThat(found.enrolments()).singleElement()
                .satisfies(row -> assertThat(row.person().fullName()).isEqualTo("Sùng Thị Lớn"));
    }
}
