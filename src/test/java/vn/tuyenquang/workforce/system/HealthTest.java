package vn.tuyenquang.workforce.system;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;

@IntegrationTest
class HealthTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneSeesWhetherTheDatabaseAndElasticsearchAreUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")))
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.elasticsearch.status", is("UP")))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void peopleReadTheSystemsStateAsAPageInTheirLanguageLinkedFromEveryPage() throws Exception {
        String page = mvc.perform(get("/status")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page).contains("Mọi phần của hệ thống đang hoạt động bình thường.",
                        "Lưu trữ hồ sơ", "Tìm kiếm và ghép nối việc làm", "href=\"/status\"")
                .doesNotContain("\"status\":", "elasticsearch</strong>", "UP");
        String english = mvc.perform(get("/status").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(english).contains("Every part of the system is working normally.");
    }

    @Test
    void aLoadBalancerAsksWhetherTheInstanceIsReadyForRequests() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")));
    }

    @Test
    void theAdministratorSeesTheirDetails() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", IntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")))
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.db.details.database", is("PostgreSQL")))
                .andExpect(jsonPath("$.components.elasticsearch.status", is("UP")))
                .andExpect(jsonPath("$.components.elasticsearch.details.number_of_nodes", is(1)));
    }
}
