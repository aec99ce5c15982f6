package vn.tuyenquang.workforce.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.ApiTokens;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * A centre's system, written from the API's description alone: it learns whom its token acts as, lists a course's
 * enrolments page by page, and reads every error as a problem detail in the language it asks for.
 */
@IntegrationTest
@Import(TestAccounts.class)
class ApiClientTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TrainingRegistry training;

    @Test
    void aTokenLearnsItsAccountAndCentreAndListsACoursesEnrolments() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        String bearer = "Bearer " + tokens.create(staff, staff.id(), "Hệ thống quản lý đào tạo").secret();
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        for (String name : new String[]{"Lý Thị Mai", "Đặng Văn Hùng"}) {
            training.enrol(staff, course, TestPeople.person(name, LocalDate.of(1996, 6, 6), Sex.FEMALE),
                    LocalDate.of(2026, 2, 2));
        }

        mvc.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(staff.getUsername()))
                .andExpect(jsonPath("$.role").value("CENTRE_STAFF"))
                .andExpect(jsonPath("$.centreId").value(centre.toString()))
                .andExpect(jsonPath("$.employerId").doesNotExist());
        mvc.perform(get("/api/training/courses/{id}/enrolments", course).param("sort", "NAME")
                        .header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.pages").value(1))
                .andExpect(jsonPath("$.learners[0].fullName").value("Đặng Văn Hùng"))
                .andExpect(jsonPath("$.learners[1].fullName").value("Lý Thị Mai"));
    }

    @Test
    void aBadTokenIsChallengedAsABearerTokenAndNoCredentialsWithBothSchemes() throws Exception {
        mvc.perform(get("/api/me").header("Authorization", "Bearer tqw_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"tq-workforce\", error=\"invalid_token\""));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized())
                .andExpect(header().stringValues("WWW-Authenticate",
                        containsInAnyOrder("Basic realm=\"tq-workforce\"", "Bearer realm=\"tq-workforce\"")));
    }

    @Test
    void aMalformedIdOrAnUnknownCodeIsAProblemDetailInTheLanguageAsked() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        String bearer = "Bearer " + tokens.create(department, department.id(), "Báo cáo").secret();

        mvc.perform(get("/api/training/courses/{id}", "khoa-han-01").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("input.malformed"))
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(startsWith("Giá trị “khoa-han-01” của id không đúng kiểu: cần một mã UUID")));
        mvc.perform(get("/api/training/courses/{id}", "khoa-han-01").header("Authorization", bearer)
                        .header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(jsonPath("$.detail").value(startsWith("The value “khoa-han-01” of id is not of its type: it takes a UUID")));
        mvc.perform(get("/api/reference/communes/{code}", "99999").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("reference.commune.notFound"))
                .andExpect(jsonPath("$.detail").value("No commune or ward has the code 99999."));
        mvc.perform(get("/api/reference/communes/{code}", "99999"))
                .andExpect(jsonPath("$.detail").value("Không có xã, phường nào mang mã 99999."));
    }

    @Test
    void theWebPagesStayInVietnameseWhateverTheBrowsersLanguage() throws Exception {
        String page = mvc.perform(get("/status").header("Accept-Language", "en-US,en;q=0.9")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Tình trạng hệ thống");
    }
}
