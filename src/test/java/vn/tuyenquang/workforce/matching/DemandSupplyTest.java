package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Demand against supply in a trade no other test uses (ISCO 7543, product graders): 8 open places in
 * Phường Hà Giang 1, two certified graders there (a third is outside the labour force, a fourth only
 * enrolled), one more in Xã Ngọc Đường: 2 in the commune, 3 in the province, 6 missing.
 */
@IntegrationTest
@Import(TestAccounts.class)
class DemandSupplyTest {

    @Autowired
    DemandSupply demandSupply;

    @Autowired
    Employers employers;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void theDepartmentSeesOpenPlacesAgainstCertifiedPeopleTradeByTrade() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Kiểm tra chất lượng sản phẩm", "7543");
        certified(staff, course, "00694", LabourStatus.EMPLOYED, true);
        certified(staff, course, "00694", LabourStatus.UNEMPLOYED, true);
        certified(staff, course, "00694", LabourStatus.OUTSIDE_LABOUR_FORCE, true);
        certified(staff, course, "00694", LabourStatus.UNEMPLOYED, false);
        certified(staff, course, "00700", LabourStatus.UNEMPLOYED, true);
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Nhân viên KCS",
                "7543", "SO_CAP", "Kiểm tra chất lượng", 8, 6_000_000L, 8_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(10), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        assertThat(demandSupply.lines(department)).filteredOn(l -> l.occupationCode().equals("7543")).singleElement()
                .satisfies(l -> {
                    assertThat(l.communeCode()).isEqualTo("00694");
                    assertThat(l.openHeadcount()).isEqualTo(8);
                    assertThat(l.certifiedInCommune()).isEqualTo(2);
                    assertThat(l.certifiedInProvince()).isEqualTo(3);
                    assertThat(l.gap()).isEqualTo(6);
                });
        String page = mvc.perform(get("/demand").with(user(department))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cung và cầu lao động theo nghề", "7543",
                "Thợ phân loại và kiểm tra sản phẩm (trừ thực phẩm và đồ uống)").doesNotContain("Product graders");
        mvc.perform(get("/demand").with(user(employer))).andExpect(status().isForbidden());

        // One place is filled: the demand is the places still open, not the places posted.
        employers.hired(vacancy);
        assertThat(demandSupply.lines(department)).filteredOn(l -> l.occupationCode().equals("7543")).singleElement()
                .satisfies(l -> {
                    assertThat(l.openHeadcount()).isEqualTo(7);
                    assertThat(l.gap()).isEqualTo(5);
                });
    }

    private void certified(CurrentUser staff, UUID course, String commune, LabourStatus status, boolean certificate) {
        LocalDate born = LocalDate.of(1990, 1, 1);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Người Kiểm Tra", born, Sex.MALE, "01", commune, null, status), LocalDate.of(2025, 1, 1));
        if (certificate) {
            training.complete(staff, enrolment.id(), LocalDate.of(2025, 5, 1));
            certificates.issue(staff, enrolment.id(), "DS-" + UUID.randomUUID().toString().substring(0, 8),
                    LocalDate.of(2025, 5, 2));
        }
    }
}
