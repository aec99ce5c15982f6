package vn.tuyenquang.workforce.matching;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
    void theWordsPeopleTypeFindTheirTradeFirstWithOrWithoutAccents() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        for (String typed : List.of("thợ hàn", "han", "tho han", "Thợ Hàn")) {
            suggest(typed, employer).andExpect(jsonPath("$[0].value").value("7212"))
                    .andExpect(jsonPath("$[0].label").value("7212 · Thợ hàn và thợ cắt kim loại bằng nhiệt"));
        }
        suggest("ke toan", employer).andExpect(jsonPath("$[0].value").value("3313"))
                .andExpect(jsonPath("$[*].value", hasItem("2411")));
        suggest("kế toán", employer).andExpect(jsonPath("$[0].value").value("3313"));
        suggest("lai xe", employer).andExpect(jsonPath("$[0:4].value", hasItems("8322", "8331", "8332")));
        // "Công nhân may" is what people call a "thợ may": the sewing trades, not "máy" (machine) nor "nhân viên".
        suggest("công nhân may", employer).andExpect(jsonPath("$[0:2].value", containsInAnyOrder("7531", "8153")));
        suggest("cong nhan may", employer).andExpect(jsonPath("$[0:2].value", containsInAnyOrder("7531", "8153")));
        suggest("công nhân hàn", employer).andExpect(jsonPath("$[0].value").value("7212"));
        suggest("kê toan vien", employer).andExpect(jsonPath("$[0].value").value("3313"));
    }

    @Test
    void aCourseNameFindsTheTradeItTrainsForAsSoonAsTheCourseIsAdded() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        accounts.newCourse(staff, centre, "May công nghiệp", "8153");

        suggest("may cong nghiep", employer).andExpect(jsonPath("$[0].value").value("8153"))
                .andExpect(jsonPath("$[0].label").value("8153 · Thợ vận hành máy may (May công nghiệp)"));
        mvc.perform(get("/suggest/occupations").param("q", "may công nghiệp").param("lang", "en").with(user(employer)))
                .andExpect(jsonPath("$[0].label").value("8153 · Sewing machine operators (May công nghiệp)"));
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

    private ResultActions suggest(String typed, CurrentUser user) throws Exception {
        return mvc.perform(get("/suggest/occupations").param("q", typed).with(user(user))).andExpect(status().isOk());
    }

    @Test
    void suggestionsNeedASignedInUser() throws Exception {
        mvc.perform(get("/suggest/skills").param("q", "han")).andExpect(status().is3xxRedirection());
    }
}
