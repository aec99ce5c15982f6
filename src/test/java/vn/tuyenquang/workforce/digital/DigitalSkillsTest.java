package vn.tuyenquang.workforce.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.indicators.AgeBand;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * People trained in digital skills (resolution IV.7a) on a hand-built population. The year is 2019, which no other test
 * uses, so that the province's figures are this test's alone; every figure is worked out beside the test.
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitalSkillsTest {

    static final int YEAR = 2019;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    DigitalCourses digital;

    @Autowired
    DigitalSkillsReport report;

    @Autowired
    MockMvc mvc;

    CurrentUser staff;
    CurrentUser department;
    UUID webTechnicians;
    UUID office;
    UUID welding;

    /**
     * Three courses of one centre: web technicians (3514, in the department's default group 35), tailoring with office
     * software (7533, which the centre marks with a reason) and welding (7212, not digital). Completed in 2019:
     * <pre>
     *   d1 web, female, Tày (02), 00694, born 2000 (19 on 31 Dec 2019: 15–24)
     *   d2 web and tailoring, male, Kinh (01), 00694, born 1990 (29: 25–34): counted once
     *   d3 tailoring, female, Tày, 00700, born 1985 (34: 25–34)
     *   w1 welding only, male, Kinh, 00694: a completer, not trained in digital skills
     *   d4 web, completed in 2020: not in 2019
     * </pre>
     * 2019: 3 people trained in digital skills of 4 completers (75.0 %); by sex F 2, M 1; by ethnic group 01: 1,
     * 02: 2; by age band 15–24: 1, 25–34: 2; by commune 00694: 2, 00700: 1; web 2 people, tailoring 2.
     */
    @BeforeAll
    void aPopulation() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        department = accounts.create(Role.DEPARTMENT);
        webTechnicians = accounts.newCourse(staff, centre, "Kỹ thuật viên web", "3514");
        office = accounts.newCourse(staff, centre, "May và tin học văn phòng", "7533");
        welding = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        digital.mark(staff, office, "60 giờ tin học văn phòng và phần mềm thiết kế mẫu");

        completed(webTechnicians, person(LocalDate.of(2000, 6, 1), Sex.FEMALE, "02", "00694"), LocalDate.of(YEAR, 6, 1));
        NewPerson d2 = person(LocalDate.of(1990, 6, 1), Sex.MALE, "01", "00694");
        completed(webTechnicians, d2, LocalDate.of(YEAR, 6, 1));
        completed(office, d2, LocalDate.of(YEAR, 9, 1));
        completed(office, person(LocalDate.of(1985, 6, 1), Sex.FEMALE, "02", "00700"), LocalDate.of(YEAR, 9, 1));
        completed(welding, person(LocalDate.of(1992, 6, 1), Sex.MALE, "01", "00694"), LocalDate.of(YEAR, 9, 1));
        completed(webTechnicians, person(LocalDate.of(1999, 6, 1), Sex.FEMALE, "02", "00694"), LocalDate.of(YEAR + 1, 2, 1));
    }

    @Test
    void eachPersonCountsOnceByEveryBreakdownWorkedOutByHand() {
        DigitalSkillsReport.Report province = report.of(department, YEAR);

        assertThat(province.trained()).isEqualTo(3);
        assertThat(province.completers()).isEqualTo(4);
        assertThat(province.percentOfCompleters()).isEqualTo(75.0);
        assertThat(province.bySex()).isEqualTo(Map.of("FEMALE", 2, "MALE", 1));
        assertThat(province.byEthnicGroup()).isEqualTo(Map.of("01", 1, "02", 2));
        assertThat(province.byAgeBand()).isEqualTo(Map.of(AgeBand.A15_24, 1, AgeBand.A25_34, 2));
        assertThat(province.byCommune()).isEqualTo(Map.of("00694", 2, "00700", 1));
        assertThat(province.byCourse()).extracting(DigitalSkillsReport.CourseCount::courseId,
                        DigitalSkillsReport.CourseCount::people)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(webTechnicians, 2),
                        org.assertj.core.groups.Tuple.tuple(office, 2));
        assertThat(report.of(department, YEAR + 1).trained()).isEqualTo(1);
    }

    /** A commune officer of 00694 counts the commune's people: d1, d2 of the completers d1, d2, w1. */
    @Test
    void aCommuneOfficerSeesTheCommunesPeopleOnly() {
        DigitalSkillsReport.Report commune = report.of(accounts.create(Role.COMMUNE_OFFICER), YEAR);

        assertThat(commune.communeCode()).isEqualTo("00694");
        assertThat(commune.trained()).isEqualTo(2);
        assertThat(commune.completers()).isEqualTo(3);
        assertThat(commune.byCommune()).containsOnlyKeys("00694");
        assertThatThrownBy(() -> report.of(accounts.create(Role.EMPLOYER), YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    /** The department's definition decides: without group 35 the web course no longer counts (d2 still does). */
    @Test
    void theDepartmentsDefinitionDecidesWhichCoursesCount() {
        try {
            digital.removeGroup("35");
            assertThat(report.of(department, YEAR).trained()).isEqualTo(2);
            assertThatThrownBy(() -> digital.addGroup("99"))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("digital.group.unknown"));
        } finally {
            digital.addGroup("35");
        }
        assertThat(report.of(department, YEAR).trained()).isEqualTo(3);
    }

    @Test
    void aCentreMarksOnlyItsOwnCoursesAndAlwaysWithAReason() throws Exception {
        assertThatThrownBy(() -> digital.mark(staff, welding, "  "))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("digital.reason.required"));
        CurrentUser stranger = accounts.create(Role.CENTRE_STAFF);
        assertThatThrownBy(() -> digital.mark(stranger, welding, "Tin học")).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/digital-skills/courses/{id}", welding).with(user(stranger))).andExpect(status().isForbidden());

        String page = mvc.perform(post("/digital-skills/courses/{id}", welding).with(user(staff)).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Khóa học này chưa được tính là đào tạo kỹ năng số.", "is-invalid");
        assertThat(mvc.perform(get("/digital-skills/courses/{id}", office).with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Khóa học này được tính là đào tạo kỹ năng số.", "60 giờ tin học văn phòng");
    }

    @Test
    void thePageAndTheCsvShowTheFigures() throws Exception {
        String page = mvc.perform(get("/digital-skills").param("year", String.valueOf(YEAR)).with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("75,0\u00a0%", "trên 4 người hoàn thành khóa học", "Kỹ thuật viên web",
                "Nghề 3514 thuộc nhóm 35", "Cơ sở đánh dấu: 60 giờ tin học văn phòng");

        String csv = mvc.perform(get("/digital-skills.csv").param("year", String.valueOf(YEAR)).with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"2019\",\"Tổng số\",\"\",\"Toàn tỉnh\",\"3\"", "\"2019\",\"Theo giới tính\",\"FEMALE\",\"Nữ\",\"2\"",
                "\"2019\",\"Theo nhóm tuổi (tuổi ngày 31/12)\",\"A25_34\",\"25–34\",\"2\"");
        mvc.perform(get("/digital-skills").with(user(staff))).andExpect(status().isForbidden());
    }

    private static NewPerson person(LocalDate born, Sex sex, String ethnic, String commune) {
        return new NewPerson(TestPeople.citizenId(born, sex), "Học viên " + UUID.randomUUID().toString().substring(0, 4),
                born, sex, ethnic, commune, null, LabourStatus.UNEMPLOYED);
    }

    private void completed(UUID course, NewPerson person, LocalDate on) {
        Enrolment enrolment = training.enrol(staff, course, person, on.minusMonths(3));
        training.complete(staff, enrolment.id(), on);
    }
}
