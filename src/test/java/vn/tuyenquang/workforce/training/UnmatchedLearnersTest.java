package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
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
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

/**
 * "15 learners not matched to the survey" opens the list behind it: the commune officer sees whom the survey team should
 * meet, with where they trained, and takes the list away for the team (an audited export); nobody else's.
 */
@IntegrationTest
@Import(TestAccounts.class)
class UnmatchedLearnersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommuneOfficerOpensTheLearnersNoSurveyOfTheCommuneHasMetAndExportsThemForTheSurveyTeam() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Kỹ thuật chế biến món ăn", "5120");
        LocalDate born = LocalDate.of(1998, 8, 18);
        String ours = TestPeople.citizenId(born, Sex.FEMALE);
        training.enrol(staff, course, new NewPerson(ours, "Hầu Thị Chua", born, Sex.FEMALE, "01", "00694", null,
                LabourStatus.UNEMPLOYED), LocalDate.of(2026, 3, 3));
        String elsewhere = TestPeople.citizenId(born, Sex.MALE);
        training.enrol(staff, course, new NewPerson(elsewhere, "Hầu Văn Sùng", born, Sex.MALE, "01", "00700", null,
                LabourStatus.UNEMPLOYED), LocalDate.of(2026, 3, 3));
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);

        assertThat(page("/", officer)).contains("href=\"/training/unmatched-learners\"");
        String list = page("/training/unmatched-learners", officer);
        assertThat(list).contains("Hầu Thị Chua", "1998", "Kỹ thuật chế biến món ăn").doesNotContain("Hầu Văn Sùng", ours);

        long reveals = jdbc.sql("select count(*) from audit_event where action = 'REVEAL' and record_type = 'unmatched_learners'")
                .query(Long.class).single();
        String csv = new String(mvc.perform(get("/training/unmatched-learners.csv").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(ours, "Hầu Thị Chua").doesNotContain(elsewhere);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REVEAL' and record_type = 'unmatched_learners'")
                .query(Long.class).single()).isEqualTo(reveals + 1);

        // The department picks the commune; a centre's staff and an employer are refused.
        assertThat(page("/training/unmatched-learners?commune=00700", accounts.create(Role.DEPARTMENT)))
                .contains("Hầu Văn Sùng").doesNotContain("Hầu Thị Chua");
        mvc.perform(get("/training/unmatched-learners").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/training/unmatched-learners").with(user(accounts.create(Role.EMPLOYER))))
                .andExpect(status().isForbidden());
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
