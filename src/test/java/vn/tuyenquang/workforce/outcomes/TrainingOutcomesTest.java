package vn.tuyenquang.workforce.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.placement.TestHires;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The outcomes of a hand-built cohort: one centre, a welding course (7212) of six completers on 1 March 2025 and an
 * electrics course (7411) of three on 1 February 2025, with certificates, hires and surveys at known dates. The
 * expected figures are worked out beside each test; every date is long past, so they hold whenever the test runs.
 */
@IntegrationTest
@Import({TestAccounts.class, TestHires.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingOutcomesTest {

    static final LocalDate WELDERS_DONE = LocalDate.of(2025, 3, 1);
    static final LocalDate ELECTRICIANS_DONE = LocalDate.of(2025, 2, 1);

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TrainingOutcomes outcomes;

    @Autowired
    PersonRecords records;

    @Autowired
    RegisterImports registerImports;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestHires hires;

    UUID centre;
    CurrentUser staff;
    CurrentUser employer;
    UUID welding;
    UUID electrics;

    /**
     * Welding, completed 1 March 2025 (6 months on: 1 September 2025; 12 months on: 1 March 2026):
     * <pre>
     *   P1 certified, hired 1 Apr 2025 in 7212 (31 days)   employed at 6 and 12 months
     *   P2 certified, hired 1 May 2025 in 7212 (61 days)   employed at 6 and 12 months
     *   P3 certified, hired 1 Jun 2025 in 8322 (92 days)   employed at 6; a survey finds her unemployed from 15 Jan 2026
     *   P4 certified, hired 15 Mar 2025 in 7212 (14 days)  employed at 6 and 12 months
     *   P5 certificate revoked, hired 1 Oct 2025 in 7212 (214 days): employed at 12 months, not at 6
     *   P6 no certificate, never hired; a survey finds her employed from 1 Dec 2025: employed at 12 months, not at 6
     *   P7 completed in 2024: not in the 2025 cohort
     * </pre>
     * Electrics, completed 1 February 2025: E1 certified, hired 1 Mar 2025 in 7411 (28 days); E2 and E3 neither.
     * Built once: the tests only read it.
     */
    @BeforeAll
    void aCohort() {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        employer = accounts.create(Role.EMPLOYER);
        welding = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        electrics = accounts.newCourse(staff, centre, "Điện dân dụng", "7411");
        UUID p1 = completer(welding, WELDERS_DONE, true, false);
        UUID p2 = completer(welding, WELDERS_DONE, true, false);
        UUID p3 = completer(welding, WELDERS_DONE, true, false);
        UUID p4 = completer(welding, WELDERS_DONE, true, false);
        UUID p5 = completer(welding, WELDERS_DONE, true, true);
        UUID p6 = completer(welding, WELDERS_DONE, false, false);
        completer(welding, LocalDate.of(2024, 6, 1), true, false);
        hire(p1, "7212", LocalDate.of(2025, 4, 1));
        hire(p2, "7212", LocalDate.of(2025, 5, 1));
        hire(p3, "8322", LocalDate.of(2025, 6, 1));
        hire(p4, "7212", LocalDate.of(2025, 3, 15));
        hire(p5, "7212", LocalDate.of(2025, 10, 1));
        surveyed(p3, LabourStatus.UNEMPLOYED, LocalDate.of(2026, 1, 15));
        surveyed(p6, LabourStatus.EMPLOYED, LocalDate.of(2025, 12, 1));
        UUID e1 = completer(electrics, ELECTRICIANS_DONE, true, false);
        completer(electrics, ELECTRICIANS_DONE, false, false);
        completer(electrics, ELECTRICIANS_DONE, false, false);
        hire(e1, "7411", LocalDate.of(2025, 3, 1));
    }

    /**
     * Welding: certified P1–P4 = 4/6 = 66.7 %; employed at 6 months P1–P4 = 4/6; at 12 months P1, P2, P4, P5, P6 = 5/6
     * = 83.3 %; hired in the trade: of the 5 hired since completing, 4 in 7212 = 80.0 %; days to a hire 14, 31, 61, 92,
     * 214: median 61. Electrics: 3 completers, every share over fewer than 5 people, so all masked.
     */
    @Test
    void eachCourseHasItsSharesWithTheirDenominatorsAndSmallCellsAreMasked() {
        OutcomeReport report = outcomes.of(staff, 2025);

        Outcome welders = course(report, welding);
        assertThat(welders.completers()).isEqualTo(6);
        assertThat(welders.certified()).isEqualTo(new Share(4, 6));
        assertThat(welders.employedAt6Months()).isEqualTo(new Share(4, 6));
        assertThat(welders.employedAt12Months()).isEqualTo(new Share(5, 6));
        assertThat(welders.employedAt12Months().percent()).isEqualTo(83.3);
        assertThat(welders.hiredInTrade()).isEqualTo(new Share(4, 5));
        assertThat(welders.medianDaysToHire()).isEqualTo(61.0);
        assertThat(welders.medianShown()).isTrue();

        Outcome electricians = course(report, electrics);
        assertThat(electricians.completers()).isEqualTo(3);
        assertThat(List.of(electricians.certified(), electricians.employedAt6Months(), electricians.employedAt12Months(),
                electricians.hiredInTrade())).allMatch(Share::masked);
        assertThat(electricians.medianShown()).isFalse();
        // Ranked: the welders' employed share is shown, the electricians' masked one comes after it.
        assertThat(report.courses()).extracting(Outcome::courseId).containsExactly(welding, electrics);
    }

    /**
     * The centre, both courses together: 9 completers; certified 4 + 1 = 5/9 = 55.6 %; employed at 6 months 4 + 1
     * (E1, hired 1 Mar 2025, employed on 1 Aug 2025) = 5/9; at 12 months 5 + 1 = 6/9 = 66.7 %; hired in the trade 4 + 1
     * = 5/6 = 83.3 %; days to a hire 14, 28, 31, 61, 92, 214: median (31 + 61) / 2 = 46.
     */
    @Test
    void aCentreSumsItsCourses() {
        Outcome ours = outcomes.of(staff, 2025).centres().stream().filter(o -> o.centreId().equals(centre)).findFirst()
                .orElseThrow();

        assertThat(ours.completers()).isEqualTo(9);
        assertThat(ours.certified()).isEqualTo(new Share(5, 9));
        assertThat(ours.certified().percent()).isEqualTo(55.6);
        assertThat(ours.employedAt6Months()).isEqualTo(new Share(5, 9));
        assertThat(ours.employedAt12Months()).isEqualTo(new Share(6, 9));
        assertThat(ours.hiredInTrade()).isEqualTo(new Share(5, 6));
        assertThat(ours.medianDaysToHire()).isEqualTo(46.0);
        // 2024's completer is in 2024's cohort alone.
        assertThat(course(outcomes.of(staff, 2024), welding).completers()).isEqualTo(1);
    }

    @Test
    void theDepartmentSeesEveryCentreACentreItsOwnAndNobodyElseAny() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        CurrentUser otherCentre = accounts.create(Role.CENTRE_STAFF);

        assertThat(outcomes.of(department, 2025).centres()).extracting(Outcome::centreId).contains(centre);
        assertThat(outcomes.of(otherCentre, 2025).centres()).extracting(Outcome::centreId).doesNotContain(centre);
        String page = mvc.perform(get("/outcomes").param("year", "2025").with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hàn điện", "66,7\u00a0%", "4/6", "83,3\u00a0%", "5/6", "80,0\u00a0%", "4/5", "61 ngày",
                "Dưới 5 người", "trên 3 người");
        for (Role refused : List.of(Role.EMPLOYER, Role.COMMUNE_OFFICER)) {
            mvc.perform(get("/outcomes").with(user(accounts.create(refused)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theWorkbookHoldsTheFiguresAsThePageShowsThem() throws Exception {
        byte[] xlsx = mvc.perform(get("/outcomes/export.xlsx").param("year", "2025").with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet courses = workbook.getSheet("Theo khóa học");
            Row welders = courses.getRow(4);
            assertThat(welders.getCell(2).getStringCellValue()).endsWith("Hàn điện");
            assertThat(welders.getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(welders.getCell(5).getNumericCellValue()).isEqualTo(66.7);
            assertThat(welders.getCell(9).getNumericCellValue()).isEqualTo(83.3);
            assertThat(welders.getCell(10).getStringCellValue()).isEqualTo("5/6");
            assertThat(welders.getCell(12).getStringCellValue()).isEqualTo("4/5");
            assertThat(welders.getCell(13).getNumericCellValue()).isEqualTo(61);
            Row electricians = courses.getRow(5);
            assertThat(electricians.getCell(5).getStringCellValue()).isEqualTo("Dưới 5 người");
            assertThat(electricians.getCell(6).getStringCellValue()).isEqualTo("…/3");
        }
    }

    private static Outcome course(OutcomeReport report, UUID course) {
        return report.courses().stream().filter(o -> course.equals(o.courseId())).findFirst().orElseThrow();
    }

    private UUID completer(UUID course, LocalDate completedOn, boolean certified, boolean revoked) {
        LocalDate born = LocalDate.of(1998, 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28));
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Học viên " + UUID.randomUUID().toString().substring(0, 4), born, Sex.FEMALE, "02", "00694", null,
                LabourStatus.UNEMPLOYED), completedOn.minusMonths(3));
        training.complete(staff, enrolment.id(), completedOn);
        if (certified) {
            Certificate certificate = certificates.issue(staff, enrolment.id(),
                    "KQ-" + UUID.randomUUID().toString().substring(0, 8), completedOn);
            if (revoked) {
                certificates.revoke(staff, certificate.id(), "Cấp nhầm");
            }
        }
        records.setConsent(enrolment.personId(), true);
        return enrolment.personId();
    }

    private void hire(UUID person, String occupation, LocalDate on) {
        hires.hire(employer, staff, person, occupation, on);
    }

    private void surveyed(UUID person, LabourStatus status, LocalDate on) {
        registerImports.updateFromSurvey(List.of(new SurveyedStatus(person, "00694", status)), Map.of(), on);
    }
}
