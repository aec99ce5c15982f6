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
