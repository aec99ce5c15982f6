package vn.tuyenquang.workforce.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;

@IntegrationTest
class WebPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageSpeaksVietnameseByDefaultAndShowsThe2030Targets() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\">")))
                .andExpect(content().string(containsString("Tỷ lệ lao động qua đào tạo")))
                .andExpect(content().string(containsString("72&nbsp;%")))
                .andExpect(content().string(containsString("Tỷ lệ lao động có bằng cấp, chứng chỉ")))
                .andExpect(content().string(containsString("30&nbsp;%")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("DỮ LIỆU GIẢ LẬP"))));
    }

    @Test
    void theEnglishSwitchIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Trained labour")))
                .andExpect(cookie().value("lang", "en"));
        mvc.perform(get("/reference/ethnic-groups").cookie(new Cookie("lang", "en")))
                .andExpect(content().string(containsString("Ethnic groups of Vietnam")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToVietnamese() throws Exception {
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỷ lệ lao động qua đào tạo")));
    }

    @Test
    void theStylesheetsAreServedFromTheApplication() throws Exception {
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }
}
