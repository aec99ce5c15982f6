package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

/** Centres, courses, enrolments and certificates: the training module with the register, as a module test. */
@ModuleTest(extraIncludes = {"system", "accounts"})
@Import(TestAccounts.class)
class TrainingRegistryTest {

    private static final LocalDate ENROLLED = LocalDate.of(2026, 3, 2);
    private static final LocalDate COMPLETED = LocalDate.of(2026, 6, 30);

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    CurrentUser department;
    CurrentUser staff;
    UUID centre;

    @BeforeEach
    void aCentreWithItsStaff() {
        department = accounts.create(Role.DEPARTMENT);
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
    }

    @Test
    void theSameCitizenEnrolledByTwoCentresIsOnePersonKeepingTheFirstRecord() {
        NewPerson first = TestPeople.person("Nguyễn Văn An", LocalDate.of(1990, 5, 1), Sex.MALE);
        // The same person as the register knows them (accents aside), recorded otherwise in the rest.
        NewPerson again = new NewPerson(first.citizenId(), "NGUYEN VAN AN", first.birthDate(), first.sex(),
                "01", "00700", null, first.labourStatus());
        UUID otherCentre = accounts.newCentre();

        Enrolment here = training.enrol(staff, course(centre, "SO_CAP"), first, ENROLLED);
        Enrolment there = training.enrol(department, course(otherCentre, "TRUNG_CAP"), again, ENROLLED);

        assertThat(there.personId()).isEqualTo(here.personId());
        Person person = register.find(here.personId()).orElseThrow();
        assertThat(person.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(person.communeCode()).isEqualTo("00694");
        assertThat(jdbc.sql("select count(*) from person where citizen_id = ?").param(first.citizenId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCertificateMakesItsHolderCertifiedAtItsLevelAndTheHighestLevelWins() {
        UUID person = completeAndCertify(course(centre, "SO_CAP"), "SC-001", null);
        assertThat(highest(person)).isEqualTo("SO_CAP");
        assertThat(register.find(person).orElseThrow().certified()).isTrue();

        Certificate higher = certify(person, course(centre, "TRUNG_CAP"), "TC-001");
        assertThat(highest(person)).isEqualTo("TRUNG_CAP");

        certificates.revoke(staff, higher.id(), "Cấp nhầm khóa");
        assertThat(highest(person)).isEqualTo("SO_CAP");
    }

    @Test
    void aRevokedCertificateNoLongerCountsAndASecondRevocationIsRefused() {
        UUID person = completeAndCertify(course(centre, "SO_CAP"), "SC-REV", null);
        Certificate certificate = jdbc.sql("select id from certificate where person_id = ?").param(person)
                .query(UUID.class).optional().map(id -> certificates.certificate(staff, id)).orElseThrow();

        certificates.revoke(staff, certificate.id(), "Hồ sơ không hợp lệ");

        Person holder = register.find(person).orElseThrow();
        assertThat(holder.highestLevelCode()).isEmpty();
        assertThat(holder.certified()).isFalse();
        assertThatThrownBy(() -> certificates.revoke(staff, certificate.id(), "lần hai"))
                .hasMessage("certificate.alreadyRevoked");
    }

    @Test
    void aShortCourseCertificateIsAQualificationButNotACertifiedOne() {
        UUID person = completeAndCertify(course(centre, "CONTINUING_UNDER_3M"), "NH-001", null);

        Person holder = register.find(person).orElseThrow();
        assertThat(holder.highestLevelCode()).contains("CONTINUING_UNDER_3M");
        assertThat(holder.certified()).isFalse();
    }

    @Test
    void certificateNumbersAreUniqueWithinACentreButMayRepeatAcrossCentres() {
        UUID course = course(centre, "SO_CAP");
        completeAndCertify(course, "SO-2026-001", null);
        assertThatThrownBy(() -> completeAndCertify(course, "SO-2026-001", null))
                .hasMessage("certificate.number.taken");

        UUID otherCentre = accounts.newCentre();
        CurrentUser otherStaff = accounts.create(Role.CENTRE_STAFF, otherCentre);
        Enrolment enrolment = training.enrol(otherStaff, course(otherCentre, "SO_CAP"),
                TestPeople.person("Lê Thị Hồng", LocalDate.of(2001, 2, 3), Sex.FEMALE), ENROLLED);
        training.complete(otherStaff, enrolment.id(), COMPLETED);
        assertThat(certificates.issue(otherStaff, enrolment.id(), "SO-2026-001", COMPLETED).number())
                .isEqualTo("SO-2026-001");
    }

    @Test
    void onlyACompletedEnrolmentGetsACertificateAndNotBeforeItsCompletion() {
        UUID course = course(centre, "SO_CAP");
        Enrolment enrolment = training.enrol(staff, course,
                TestPeople.person("Hoàng Văn Bình", LocalDate.of(1999, 9, 9), Sex.MALE), ENROLLED);

        assertThatThrownBy(() -> certificates.issue(staff, enrolment.id(), "X-1", COMPLETED))
                .hasMessage("certificate.notCompleted");
        training.complete(staff, enrolment.id(), COMPLETED);
        assertThatThrownBy(() -> certificates.issue(staff, enrolment.id(), "X-1", COMPLETED.minusDays(1)))
                .hasMessage("certificate.beforeCompletion");
        assertThatThrownBy(() -> training.drop(staff, enrolment.id(), COMPLETED)).hasMessage("enrolment.notOpen");
    }

    @Test
    void aCentresStaffCannotReachAnotherCentre() {
        UUID otherCentre = accounts.newCentre();
        UUID otherCourse = course(otherCentre, "SO_CAP");

        assertThatThrownBy(() -> training.centre(staff, otherCentre)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.course(staff, otherCourse, null, EnrolmentOrder.ENROLLED, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.enrol(staff, otherCourse,
                TestPeople.person("Vàng Seo Pao", LocalDate.of(2000, 1, 1), Sex.MALE), ENROLLED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theVerificationShowsAMaskedNameAndTheRevocation() {
        UUID person = completeAndCertify(course(centre, "SO_CAP"), "VER-1", "Đặng Thị Mai Anh");
        Certificate certificate = jdbc.sql("select id from certificate where person_id = ?").param(person)
                .query(UUID.class).optional().map(id -> certificates.certificate(staff, id)).orElseThrow();

        Certificates.Verification valid = certificates.verify(certificate.verificationCode()).orElseThrow();
        assertThat(valid.holder()).isEqualTo("Đ. T. M. Anh");
        assertThat(valid.status()).isEqualTo(Certificate.Status.VALID);

        certificates.revoke(staff, certificate.id(), "Gian lận thi cử");
        Certificates.Verification revoked = certificates.verify(certificate.verificationCode().toLowerCase()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(Certificate.Status.REVOKED);
        assertThat(revoked.revokedReason()).isEqualTo("Gian lận thi cử");
    }

    @Test
    void everyStepIsInTheAuditTrail() {
        UUID person = completeAndCertify(course(centre, "SO_CAP"), "AUD-1", null);
        UUID enrolment = jdbc.sql("select id from enrolment where person_id = ?").param(person).query(UUID.class).single();

        assertThat(jdbc.sql("select action from audit_event where record_type = 'enrolment' and record_id = ? order by id")
                .param(enrolment.toString()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'person' and record_id = ?")
                .param(person.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select after_state from audit_event where record_type = 'person' and record_id = ?")
                .param(person.toString()).query(String.class).single()).contains("*********");
    }

    private UUID course(UUID centreId, String level) {
        String code = level + "-" + UUID.randomUUID().toString().substring(0, 6);
        return training.createCourse(department, centreId,
                new NewCourse(code, "Hàn điện " + level, "7212", level, TestCourses.months(level), true)).id();
    }

    private UUID completeAndCertify(UUID course, String number, String name) {
        NewPerson person = TestPeople.person(name == null ? "Trần Văn Cường" : name, LocalDate.of(1995, 4, 4),
                name == null ? Sex.MALE : Sex.FEMALE);
        Enrolment enrolment = training.enrol(staff, course, person, ENROLLED);
        training.complete(staff, enrolment.id(), COMPLETED);
        certificates.issue(staff, enrolment.id(), number, COMPLETED);
        return enrolment.personId();
    }

    private Certificate certify(UUID person, UUID course, String number) {
        Person holder = register.find(person).orElseThrow();
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(holder.citizenId().value(), holder.fullName(),
                holder.birthDate(), holder.sex(), null, holder.communeCode(), null, holder.labourStatus()), ENROLLED);
        training.complete(staff, enrolment.id(), COMPLETED);
        return certificates.issue(staff, enrolment.id(), number, COMPLETED);
    }

    private String highest(UUID person) {
        return register.find(person).orElseThrow().highestLevelCode().orElse(null);
    }
}
