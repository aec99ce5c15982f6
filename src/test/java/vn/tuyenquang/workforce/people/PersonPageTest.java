package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.training.TrainingRegistry;

@IntegrationTest
@Import(TestAccounts.class)
class PersonPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    JdbcClient jdbc;

    CurrentUser staff;
    CurrentUser officer;
    UUID person;

    @BeforeEach
    void aLearnerOfACentre() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn", "7212");
        person = training.enrol(staff, course, TestPeople.person("Bàn Thị Dính", LocalDate.of(1999, 9, 9), Sex.FEMALE),
                LocalDate.of(2026, 1, 5)).personId();
        officer = accounts.create(Role.COMMUNE_OFFICER);
    }

    @Test
    void aCentresStaffSeeTheIdentityTheyRecordedAndNothingElseOfTheRegister() throws Exception {
        String page = mvc.perform(get("/people/{id}", person).with(user(staff))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Bàn Thị Dính", "09/09/1999", "Cơ sở đào tạo chỉ xem thông tin định danh")
                .doesNotContain("091*****78", "0912345678", "Phường Hà Giang 1", "Thất nghiệp", "export.json",
                        "/people/" + person + "/vacancies");
        mvc.perform(post("/people/{id}/reveal", person).with(user(staff)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/export.json", person).with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/vacancies", person).with(user(staff))).andExpect(status().isForbidden());
        assertThat(consent()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REVEAL' and record_id = ?")
                .param(person.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void thePhoneIsMaskedUntilAskedForAndEveryShowingIsAudited() throws Exception {
        mvc.perform(get("/people/{id}", person).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bàn Thị Dính")))
                .andExpect(content().string(containsString("091*****78")))
                .andExpect(content().string(not(containsString("0912345678"))));

        mvc.perform(post("/people/{id}/reveal", person).with(user(officer)).with(csrf()))
                .andExpect(content().string(containsString("0912345678")));

        assertThat(jdbc.sql("select actor || ':' || after_state from audit_event where action = 'REVEAL' and record_id = ?")
                .param(person.toString()).query(String.class).list())
                .containsExactly(officer.getUsername() + ":{\"revealed\":\"phone\"}");
    }

    @Test
    void consentIsGivenAndWithdrawnOnThePersonsRequestAndAudited() throws Exception {
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(officer)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(consent()).isTrue();
        mvc.perform(post("/people/{id}/consent", person).param("consent", "false").with(user(officer)).with(csrf()));
        assertThat(consent()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and record_type = 'person'"
                + " and record_id = ?").param(person.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everythingHeldAboutThePersonIsExportedForThemAndTheExportIsAudited() throws Exception {
        mvc.perform(get("/people/{id}/export.json", person).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Bàn Thị Dính"))
                .andExpect(jsonPath("$.phone").value("0912345678"))
                .andExpect(jsonPath("$.qualifications").isArray());
        assertThat(jdbc.sql("select after_state from audit_event where action = 'REVEAL' and record_id = ?")
                .param(person.toString()).query(String.class).single()).contains("export");
    }

    @Test
    void nobodyOutsideThePersonsScopeOpensTheRecord() throws Exception {
        CurrentUser otherCentre = accounts.create(Role.CENTRE_STAFF, accounts.newCentre());
        mvc.perform(get("/people/{id}", person).with(user(otherCentre))).andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/export.json", person).with(user(otherCentre))).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(otherCentre)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(consent()).isFalse();
    }

    private boolean consent() {
        return jdbc.sql("select consent_to_be_found from person where id = ?").param(person).query(Boolean.class).single();
    }
}
