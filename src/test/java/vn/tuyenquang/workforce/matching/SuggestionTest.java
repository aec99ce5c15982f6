package vn.tuyenquang.workforce.matching;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/** Typeahead for occupations and skills, with or without accents. */
@IntegrationTest
@Import(TestAccounts.class)
class SuggestionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void occupationsAreSuggestedInVietnameseFromACodeATitleOrTheNameOfACourseWithoutAccents() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        accounts.newCourse(staff, centre, "Gò hàn khung thép", "7213");
        CurrentUser employer = accounts.create(Role.EMPLOYER);

        mvc.perform(get("/suggest/occupations").param("q", "go han khung").locale(Locale.forLanguageTag("vi"))
                        .with(user(employer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value("7213"))
                .andExpect(jsonPath("$[0].label").value("7213 · Thợ luyện kim loại (Gò hàn khung thép)"));
        mvc.perform(get("/suggest/occupations").param("q", "welders").with(user(employer)))
                .andExpect(jsonPath("$[*].value", hasItem("7212")));
        mvc.perform(get("/suggest/occupations").param("q", "721").with(user(employer)))
                .andExpect(jsonPath("$[*].value", hasItem("7212")))
                .andExpect(jsonPath("$[*].value", not(hasItem("721"))));
    }

    @Test
    void skillsAreSuggestedFromTheCoursesPeopleAreTrainedIn() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        String course = "Hàn điện công nghệ cao " + UUID.randomUUID().toString().substring(0, 4);
        accounts.newCourse(staff, centre, course, "7212");
        CurrentUser employer = accounts.create(Role.EMPLOYER);

        mvc.perform(get("/suggest/skills").param("q", "han dien cong nghe").with(user(employer)))
                .andExpect(jsonPath("$[*].value", hasItem(course)));
        mvc.perform(get("/suggest/skills").param("q", "hàn điện công nghệ").with(user(employer)))
                .andExpect(jsonPath("$[*].value", hasItem(course)));
        mvc.perform(get("/suggest/skills").param("q", "may công nghiệp xyz").with(user(employer)))
                .andExpect(jsonPath("$[*].value", not(hasItem(course))));
    }

    @Test
    void suggestionsNeedASignedInUser() throws Exception {
        mvc.perform(get("/suggest/skills").param("q", "han")).andExpect(status().is3xxRedirection());
    }
}
