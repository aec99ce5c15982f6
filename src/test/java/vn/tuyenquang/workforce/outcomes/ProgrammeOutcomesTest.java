package vn.tuyenquang.workforce.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.ProgrammeForm;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.FundedEnrolments;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Training by funding programme (resolution IV.7b) on a hand-built population of one centre, every figure worked out
 * beside the test. Dates are long past, so the figures hold whenever the test runs.
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeOutcomesTest {

    static final LocalDate ENROLLED = LocalDate.of(2025, 1, 10);
    static final LocalDate DONE = LocalDate.of(2025, 3, 1);

    @Autowired
    TestAccounts accounts;

    @Autowired
    FundingProgrammes programmes;

    @Autowired
    FundedEnrolments funded;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    RegisterImports registerImports;

    @Autowired
    ProgrammeOutcomes outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser staff;
    UUID welding;
    UUID sewing;
    FundingProgramme target;
    FundingProgramme employer;
    FundingProgramme ended;

    /**
     * Programme A, a national target programme of 2024–2026, paid for six people's welding, enrolled 10 Jan 2025:
     * <pre>
     *   a1 Tày, 00694, completed 1 Mar 2025, certified; also sewing (A) completed 1 Apr 2025; employed from 1 Jun 2025
     *   a2 Tày, 00694, completed, certified, employed from 1 Jun 2025
     *   a3 Tày, 00694, completed, certified, employed from 1 Jun 2025, unemployed again from 15 Jan 2026
     *   a4 Tày, 00694, completed, certificate revoked
     *   a5 Kinh, 00700, completed, no certificate
     *   a6 Kinh, 00700, still enrolled
     *   x1 Tày, 00694, enrolled 1 May 2024 (A): in 2024's report only
     * </pre>
     * Programme B, an employer's from 2025 with no end: b1 (completed) and b2. One learner, n1, names no programme.
     * Programme C ran 2020–2022: no enrolment of 2025 may name it.
     */
    @BeforeAll
    void aPopulation() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        welding = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        sewing = accounts.newCourse(staff, centre, "May công nghiệp", "7533");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        target = programmes.create(new ProgrammeForm("a-" + suffix, "Chương trình mục tiêu quốc gia thử nghiệm",
                FundingProgramme.Kind.NATIONAL_TARGET, 2024, 2026));
        employer = programmes.create(new ProgrammeForm("B-" + suffix, "Doanh nghiệp đặt hàng thử nghiệm",
                FundingProgramme.Kind.EMPLOYER, 2025, null));
        ended = programmes.create(new ProgrammeForm("C-" + suffix, "Đề án đã kết thúc", FundingProgramme.Kind.PROVINCIAL_PROJECT,
                2020, 2022));

        UUID a1 = learner(welding, "02", "00694", target, DONE, true);
        Enrolment a1Sewing = funded.enrol(staff, sewing, person(a1), LocalDate.of(2025, 2, 1), target.code());
        training.complete(staff, a1Sewing.id(), LocalDate.of(2025, 4, 1));
        UUID a2 = learner(welding, "02", "00694", target, DONE, true);
        UUID a3 = learner(welding, "02", "00694", target, DONE, true);
        UUID a4 = learner(welding, "02", "00694", target, DONE, true);
        certificates.revoke(staff, jdbc.sql("select c.id from certificate c where c.person_id = ?").param(a4)
                .query(UUID.class).single(), "Cấp nhầm");
        learner(welding, "01", "00700", target, DONE, false);
        learner(welding, "01", "00700", target, null, false);
        learnerOn(welding, "02", "00694", target, LocalDate.of(2024, 5, 1), null, false);
        surveyed(List.of(a1, a2, a3), LabourStatus.EMPLOYED, LocalDate.of(2025, 6, 1));
        surveyed(List.of(a3), LabourStatus.UNEMPLOYED, LocalDate.of(2026, 1, 15));

        learnerOn(welding, "02", "00694", employer, LocalDate.of(2025, 2, 1), DONE, false);
        learnerOn(welding, "02", "00694", employer, LocalDate.of(2025, 2, 1), null, false);
        learner(welding, "02", "00694", null, null, false);
    }

    /**
     * A: 6 people enrolled (a1 counted once for two courses); 5 completed; certified a1–a3 = 3/5 (a4's revoked);
     * employed on the day six months after the first completion (1 Sep 2025) a1–a3 = 3/5 = 60.0 %, twelve months on
     * (1 Mar 2026) a1, a2 = 2/5 = 40.0 %; ethnic minorities a1–a4 = 4/6 = 66.7 %. B: 2 enrolled, 1 completed, every
     * share over fewer than five people masked. One enrolment names no programme. C, not running in 2025, has no row.
     */
    @Test
    void eachProgrammeCountsItsPeopleOnceWithSharesWorkedOutByHand() {
        ProgrammeReport report = outcomes.of(staff, 2025);

        ProgrammeReport.Row a = row(report.programmes(), target, null);
        assertThat(a.enrolled()).isEqualTo(6);
        assertThat(a.completed()).isEqualTo(5);
        assertThat(a.certified()).isEqualTo(new Share(3, 5));
        assertThat(a.employedAt6Months()).isEqualTo(new Share(3, 5));
        assertThat(a.employedAt6Months().percent()).isEqualTo(60.0);
        assertThat(a.employedAt12Months()).isEqualTo(new Share(2, 5));
        assertThat(a.ethnicMinority()).isEqualTo(new Share(4, 6));
        assertThat(a.ethnicMinority().percent()).isEqualTo(66.7);

        ProgrammeReport.Row b = row(report.programmes(), employer, null);
        assertThat(b.enrolled()).isEqualTo(2);
        assertThat(b.completed()).isEqualTo(1);
        assertThat(List.of(b.certified(), b.employedAt6Months(), b.ethnicMinority())).allMatch(Share::masked);

        ProgrammeReport.Row none = row(report.programmes(), null, null);
        assertThat(none.enrolled()).isEqualTo(1);
        assertThat(none.completed()).isZero();
        assertThat(report.programmes()).extracting(ProgrammeReport.Row::programme).doesNotContain(ended);
        // The rows without a programme come last.
        assertThat(report.programmes().get(report.programmes().size() - 1).programme()).isNull();

        // A by commune: 00694 a1–a4 (4 enrolled, 4 completed), 00700 a5, a6 (2 enrolled, 1 completed).
        assertThat(row(report.communes(), target, "00694").enrolled()).isEqualTo(4);
        assertThat(row(report.communes(), target, "00694").completed()).isEqualTo(4);
        assertThat(row(report.communes(), target, "00694").certified()).isEqualTo(new Share(3, 4));
        assertThat(row(report.communes(), target, "00700").enrolled()).isEqualTo(2);
        assertThat(row(report.communes(), target, "00700").completed()).isEqualTo(1);

        // 2024: x1 alone.
        assertThat(row(outcomes.of(staff, 2024).programmes(), target, null).enrolled()).isEqualTo(1);
    }

    @Test
    void anEnrolmentMayNameOnlyAProgrammeOfTheListRunningInItsYear() {
        LocalDate born = LocalDate.of(2000, 3, 3);
        NewPerson person = new NewPerson(TestPeople.citizenId(born, Sex.MALE), "Hoàng Văn Thử", born, Sex.MALE, "02",
                "00694", null, LabourStatus.UNEMPLOYED);

        assertThatThrownBy(() -> funded.enrol(staff, welding, person, ENROLLED, ended.code()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("programme.notRunning"));
        assertThatThrownBy(() -> funded.enrol(staff, welding, person, ENROLLED, "KHONG-CO"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("programme.unknown"));
        assertThat(jdbc.sql("select count(*) from person where citizen_id = ?").param(person.citizenId())
                .query(Long.class).single()).isZero();
        // Letter case aside, the code names the programme.
        Enrolment enrolment = funded.enrol(staff, welding, person, ENROLLED, target.code().toLowerCase());
        assertThat(jdbc.sql("select programme_id from enrolment_funding where enrolment_id = ?").param(enrolment.id())
                .query(UUID.class).single()).isEqualTo(target.id());
    }

    @Test
    void theEnrolmentFormShowsAWrongProgrammeBesideEveryOtherMistake() throws Exception {
        String page = mvc.perform(post("/training/courses/{id}/enrolments", welding).with(user(staff)).with(csrf())
                        .param("citizenId", "12345").param("fullName", "Lò Thị Xuân").param("birthDate", "2001-01-01")
                        .param("sex", "FEMALE").param("ethnicCode", "02").param("communeCode", "00694")
                        .param("labourStatus", "UNEMPLOYED").param("enrolledOn", "2025-09-05")
                        .param("programmeCode", ended.code()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Số định danh phải gồm đúng 12 chữ số.",
                "Chương trình này không thực hiện trong năm nhập học.", "Có 2 lỗi");
    }

    @Test
    void theDepartmentKeepsTheListEveryMistakeAtOnceAndACentreOnlyReadsIt() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        String page = mvc.perform(post("/programmes").with(user(department)).with(csrf())
                        .param("code", target.code().toLowerCase()).param("name", "Trùng mã").param("kind", "OTHER")
                        .param("firstYear", "2026").param("lastYear", "2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đã có chương trình mang mã này.", "Năm kết thúc không được trước năm bắt đầu.");

        mvc.perform(post("/programmes").with(user(department)).with(csrf()).param("code", "moi-" + target.code())
                        .param("name", "Chương trình mới").param("kind", "LEARNER").param("firstYear", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(programmes.all()).extracting(FundingProgramme::code).contains("MOI-" + target.code());

        assertThat(mvc.perform(get("/programmes").with(user(staff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(target.code(), "Chương trình mục tiêu quốc gia");
        mvc.perform(post("/programmes").with(user(staff)).with(csrf()).param("code", "X").param("name", "X")
                .param("kind", "OTHER").param("firstYear", "2026")).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/new").with(user(staff))).andExpect(status().isForbidden());
    }

    @Test
    void thePageAndTheCsvShowTheFiguresAsTheReportHasThem() throws Exception {
        String page = mvc.perform(get("/outcomes/programmes").param("year", "2025").with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(target.code(), "60,0\u00a0%", "3/5", "40,0\u00a0%", "2/5", "66,7\u00a0%", "4/6",
                "Không ghi chương trình", "Dưới 5 người");

        String csv = mvc.perform(get("/outcomes/programmes.csv").param("year", "2025").with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"" + target.code() + "\",\"Chương trình mục tiêu quốc gia thử nghiệm\","
                + "\"Chương trình mục tiêu quốc gia\",\"\",\"Toàn bộ\",\"6\",\"5\",\"3\",\"60.0\",\"5\",\"3\",\"60.0\",\"5\","
                + "\"2\",\"40.0\",\"5\",\"4\",\"66.7\",\"6\"");
        assertThat(csv).contains("\"" + target.code() + "\",\"Chương trình mục tiêu quốc gia thử nghiệm\","
                + "\"Chương trình mục tiêu quốc gia\",\"00700\"");
    }

    @Test
    void anotherCentreSeesNoneOfThisCentresLearners() {
        CurrentUser other = accounts.create(Role.CENTRE_STAFF);

        assertThat(row(outcomes.of(other, 2025).programmes(), target, null).enrolled()).isZero();
    }

    private static ProgrammeReport.Row row(List<ProgrammeReport.Row> rows, FundingProgramme programme, String commune) {
        return rows.stream()
                .filter(r -> programme == null ? r.programme() == null
                        : r.programme() != null && r.programme().id().equals(programme.id()))
                .filter(r -> java.util.Objects.equals(r.communeCode(), commune))
                .findFirst().orElseThrow();
    }

    private UUID learner(UUID course, String ethnic, String commune, FundingProgramme programme, LocalDate completedOn,
                         boolean certified) {
        return learnerOn(course, ethnic, commune, programme, ENROLLED, completedOn, certified);
    }

    private UUID learnerOn(UUID course, String ethnic, String commune, FundingProgramme programme, LocalDate enrolledOn,
                           LocalDate completedOn, boolean certified) {
        LocalDate born = LocalDate.of(1995, 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28));
        NewPerson person = new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Học viên " + UUID.randomUUID().toString().substring(0, 4), born, Sex.FEMALE, ethnic, commune, null,
                LabourStatus.UNEMPLOYED);
        Enrolment enrolment = funded.enrol(staff, course, person, enrolledOn, programme == null ? null : programme.code());
        if (completedOn != null) {
            training.complete(staff, enrolment.id(), completedOn);
            if (certified) {
                Certificate certificate = certificates.issue(staff, enrolment.id(),
                        "CT-" + UUID.randomUUID().toString().substring(0, 8), completedOn);
                assertThat(certificate.status()).isEqualTo(Certificate.Status.VALID);
            }
        }
        return enrolment.personId();
    }

    /** The person as the register has them, to enrol them again. */
    private NewPerson person(UUID id) {
        return jdbc.sql("select citizen_id, full_name, birth_date, sex, ethnic_code, commune_code from person where id = ?")
                .param(id)
                .query((rs, n) -> new NewPerson(rs.getString("citizen_id"), rs.getString("full_name"),
                        rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")),
                        rs.getString("ethnic_code"), rs.getString("commune_code"), null, LabourStatus.UNEMPLOYED))
                .single();
    }

    private void surveyed(List<UUID> people, LabourStatus status, LocalDate on) {
        registerImports.updateFromSurvey(people.stream().map(p -> new SurveyedStatus(p, "00694", status)).toList(),
                Map.of(), on);
    }
}
