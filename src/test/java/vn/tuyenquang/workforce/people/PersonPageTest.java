package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
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
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    CurrentUser staff;
    CurrentUser officer;
    UUID person;
    Enrolment enrolment;

    @BeforeEach
    void aLearnerOfACentre() {
        UUID centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn", "7212");
        enrolment = training.enrol(staff, course, TestPeople.person("Bàn Thị Dính", LocalDate.of(1999, 9, 9), Sex.FEMALE),
                LocalDate.of(2026, 1, 5));
        person = enrolment.personId();
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

        // No reason, no phone: the record says to choose one, and nothing is shown or logged.
        mvc.perform(post("/people/{id}/reveal", person).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + person + "#phone"))
                .andExpect(flash().attribute("problem", "person.reveal.reasonRequired"))
                .andExpect(flash().attribute("phoneShown", nullValue()));
        // With a reason from the list, the record opens again with the phone in full, once; the URL never holds it.
        var shown = mvc.perform(post("/people/{id}/reveal", person).param("reason", "JOB_CONTACT")
                        .with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + person + "#phone"))
                .andExpect(flash().attribute("phoneShown", true))
                .andReturn();
        mvc.perform(get("/people/{id}", person).with(user(officer)).cookie(shown.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("0912345678")));
        mvc.perform(get("/people/{id}", person).with(user(officer)))
                .andExpect(content().string(not(containsString("0912345678"))));

        assertThat(jdbc.sql("select actor || ':' || after_state from audit_event where action = 'REVEAL' and record_id = ?")
                .param(person.toString()).query(String.class).list())
                .containsExactly(officer.getUsername() + ":{\"revealed\":\"phone\",\"reason\":\"JOB_CONTACT\"}");
    }

    @Test
    void consentIsGivenAndWithdrawnOnThePersonsRequestAndAudited() throws Exception {
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(officer)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(consent()).isTrue();
        // Withdrawing ends every contact agreement: the button asks first.
        mvc.perform(get("/people/{id}", person).with(user(officer)))
                .andExpect(content().string(containsString("data-confirm=\"Rút lại đồng ý? Mọi đồng ý được liên hệ")));
        mvc.perform(post("/people/{id}/consent", person).param("consent", "false").with(user(officer)).with(csrf()));
        assertThat(consent()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and record_type = 'person'"
                + " and record_id = ?").param(person.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void everythingHeldAboutThePersonIsExportedForThemInWordsAndTheExportIsAudited() throws Exception {
        // The course is completed, its certificate issued then revoked; the person consents to be found.
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 3));
        Certificate certificate = certificates.issue(staff, enrolment.id(), "HAN-2026-07", LocalDate.of(2026, 4, 5));
        certificates.revoke(staff, certificate.id(), "Cấp nhầm người");
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(officer)).with(csrf()));

        mvc.perform(get("/people/{id}/export.json", person).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['Thông tin cá nhân']['Họ và tên']").value("Bàn Thị Dính"))
                .andExpect(jsonPath("$['Thông tin cá nhân']['Số điện thoại']").value("0912345678"))
                .andExpect(jsonPath("$['Thông tin cá nhân']['Giới tính']").value("Nữ"))
                .andExpect(jsonPath("$['Thông tin cá nhân']['Ngày sinh']").value("09/09/1999"))
                .andExpect(jsonPath("$['Quá trình đào tạo'][0]['Kết quả']").value("Hoàn thành ngày 03/04/2026"))
                .andExpect(jsonPath("$['Quá trình đào tạo'][0]['Chứng chỉ']")
                        .value("Số HAN-2026-07, cấp ngày 05/04/2026, ĐÃ THU HỒI (lý do: Cấp nhầm người)"))
                .andExpect(jsonPath("$['Đồng ý để doanh nghiệp tìm thấy: các lần thay đổi'][0]['Thay đổi']").value("Đồng ý"))
                .andExpect(jsonPath("$['Doanh nghiệp quan tâm và yêu cầu liên hệ']").isEmpty())
                .andExpect(jsonPath("$['Được tuyển dụng qua hệ thống']").isEmpty());
        mvc.perform(get("/people/{id}/export", person).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu cá nhân của Bàn Thị Dính")))
                .andExpect(content().string(containsString("ĐÃ THU HỒI (lý do: Cấp nhầm người)")))
                .andExpect(content().string(containsString("data-print")));
        // The record shows the same history to its keepers.
        mvc.perform(get("/people/{id}", person).with(user(officer)))
                .andExpect(content().string(containsString("Quá trình đào tạo")))
                .andExpect(content().string(containsString("Hoàn thành ngày 03/04/2026")));
        assertThat(jdbc.sql("select after_state from audit_event where action = 'REVEAL' and record_id = ?")
                .param(person.toString()).query(String.class).list())
                .containsExactly("{\"revealed\":\"export\",\"reason\":\"PERSON_ASKED\"}",
                        "{\"revealed\":\"export\",\"reason\":\"PERSON_ASKED\"}");
    }

    @Test
    void nobodyOutsideThePersonsScopeOpensTheRecord() throws Exception {
        CurrentUser otherCentre = accounts.create(Role.CENTRE_STAFF, accounts.newCentre());
        mvc.perform(get("/people/{id}", person).with(user(otherCentre))).andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/export.json", person).with(user(otherCentre))).andExpect(status().isForbidden());
        mvc.perform(get("/people/{id}/export", person).with(user(otherCentre))).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/consent", person).param("consent", "true").with(user(otherCentre)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(consent()).isFalse();
    }

    private boolean consent() {
        return jdbc.sql("select consent_to_be_found from person where id = ?").param(person).query(Boolean.class).single();
    }
}
