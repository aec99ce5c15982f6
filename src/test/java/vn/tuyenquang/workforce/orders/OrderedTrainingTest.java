package vn.tuyenquang.workforce.orders;

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
import vn.tuyenquang.workforce.employers.Employer;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.outcomes.OutcomeReport;
import vn.tuyenquang.workforce.outcomes.Share;
import vn.tuyenquang.workforce.outcomes.TrainingOutcomes;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.placement.TestHires;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Who trains and whether ordered training ends in jobs (resolution IV.7d), on a hand-built population of 2017, a year
 * no other test uses, so that the province's figures are this test's alone.
 */
@IntegrationTest
@Import({TestAccounts.class, TestHires.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderedTrainingTest {

    static final int YEAR = 2017;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestHires hires;

    @Autowired
    TrainingRegistry training;

    @Autowired
    EmployerOrders orders;

    @Autowired
    OrderedTraining ordered;

    @Autowired
    TrainingOutcomes outcomes;

    @Autowired
    Employers employers;

    @Autowired
    MockMvc mvc;

    CurrentUser department;
    CurrentUser publicStaff;
    CurrentUser employer;
    UUID welding;
    UUID privateCentre;

    /**
     * A public centre's welding course (7212), ordered by an employer (5 places, 3 hires committed): three completers on
     * 1 March 2017, two hired in welding on 1 May 2017, one on 1 November 2017 (eight months on: too late). A centre the
     * department then says is private: sewing (7533), not ordered, two completers on 1 April 2017, one hired in sewing on
     * 1 June 2017. Ordered: 2 of 3 hired in the trade within six months; other: 1 of 2. Public 3 of 5 completers,
     * private 2 of 5.
     */
    @BeforeAll
    void aPopulation() {
        department = accounts.create(Role.DEPARTMENT);
        employer = accounts.create(Role.EMPLOYER);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID publicCentre = training.createCentre(new NewCentre("CL-" + tag, "Trường công lập " + tag, "00694",
                TrainingCentre.Ownership.PUBLIC)).id();
        privateCentre = accounts.newCentre();
        training.setOwnership(department, privateCentre, TrainingCentre.Ownership.PRIVATE);
        publicStaff = accounts.create(Role.CENTRE_STAFF, publicCentre);
        CurrentUser privateStaff = accounts.create(Role.CENTRE_STAFF, privateCentre);
        welding = accounts.newCourse(publicStaff, publicCentre, "Hàn điện", "7212");
        UUID sewing = accounts.newCourse(privateStaff, privateCentre, "May công nghiệp", "7533");
        Employer orderer = employers.employer(employer, employer.employerId().orElseThrow());
        orders.record(publicStaff, welding, new OrderForm(orderer.taxCode().value(), 5, 3));

        List<UUID> welders = List.of(completer(publicStaff, welding, LocalDate.of(YEAR, 3, 1)),
                completer(publicStaff, welding, LocalDate.of(YEAR, 3, 1)), completer(publicStaff, welding, LocalDate.of(YEAR, 3, 1)));
        hires.hire(employer, publicStaff, welders.get(0), "7212", LocalDate.of(YEAR, 5, 1));
        hires.hire(employer, publicStaff, welders.get(1), "7212", LocalDate.of(YEAR, 5, 1));
        hires.hire(employer, publicStaff, welders.get(2), "7212", LocalDate.of(YEAR, 11, 1));
        UUID tailor = completer(privateStaff, sewing, LocalDate.of(YEAR, 4, 1));
        completer(privateStaff, sewing, LocalDate.of(YEAR, 4, 1));
        hires.hire(employer, privateStaff, tailor, "7533", LocalDate.of(YEAR, 6, 1));
    }

    @Test
    void orderedTrainingIsComparedWithTheRestByHiresInTheTradeWithinSixMonths() {
        OrderedTraining.Comparison year = ordered.of(department, YEAR);

        assertThat(year.ordered()).isEqualTo(new OrderedTraining.Figures(3, 2, 3));
        assertThat(year.ordered().percent()).isEqualTo(66.7);
        assertThat(year.other()).isEqualTo(new OrderedTraining.Figures(2, 1, 2));
        assertThat(year.orders()).singleElement().satisfies(line -> {
            assertThat(line.order().places()).isEqualTo(5);
            assertThat(line.order().hiringCommitment()).isEqualTo(3);
            assertThat(line.figures().completers()).isEqualTo(3);
        });
    }

    /** The demand page compares them too, for the year asked (IV.7d: training tied to the market's needs). */
    @Test
    void theDemandPageComparesOrderedTrainingWithTheRest() throws Exception {
        String page = mvc.perform(get("/demand").param("year", String.valueOf(YEAR)).with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("người hoàn thành năm " + YEAR + " được tuyển đúng nghề trong 6 tháng",
                "Theo đặt hàng của doanh nghiệp", "66,7\u00a0%", "2/3", "Các khóa học khác", "50,0\u00a0%", "1/2",
                "href=\"/orders?year=" + YEAR + "\"");
    }

    @Test
    void theOutcomesSayWhoTrainedByTheCentresOwnership() throws Exception {
        OutcomeReport report = outcomes.of(department, YEAR);

        assertThat(report.owners()).extracting(OutcomeReport.ByOwnership::ownership, OutcomeReport.ByOwnership::ofCompleters)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrainingCentre.Ownership.PUBLIC, new Share(3, 5)),
                        org.assertj.core.groups.Tuple.tuple(TrainingCentre.Ownership.PRIVATE, new Share(2, 5)));
        assertThat(mvc.perform(get("/outcomes").param("year", String.valueOf(YEAR)).with(user(department)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ai đào tạo: theo loại hình sở hữu của cơ sở", "Công lập", "Tư thục", "60,0\u00a0%", "3/5");
        assertThatThrownBy(() -> training.setOwnership(publicStaff, privateCentre, TrainingCentre.Ownership.PUBLIC))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCentreOrdersItsOwnCoursesOnlyAndTheFormShowsEveryMistakeAtOnce() throws Exception {
        String page = mvc.perform(post("/orders/courses/{id}", welding).with(user(publicStaff)).with(csrf())
                        .param("taxCode", "0100000000").param("places", "2").param("hiringCommitment", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không có doanh nghiệp mang mã số thuế này trong danh sách của Sở.",
                "Số người cam kết tuyển không được vượt số chỗ đặt hàng.");
        mvc.perform(get("/orders/courses/{id}", welding).with(user(accounts.create(Role.CENTRE_STAFF))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders").with(user(accounts.create(Role.EMPLOYER)))).andExpect(status().isForbidden());
    }

    private UUID completer(CurrentUser staff, UUID course, LocalDate on) {
        LocalDate born = LocalDate.of(1997, 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 28));
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Học viên " + UUID.randomUUID().toString().substring(0, 4), born, Sex.MALE, "02", "00694", null,
                LabourStatus.UNEMPLOYED), on.minusMonths(3));
        training.complete(staff, enrolment.id(), on);
        return enrolment.personId();
    }
}
