package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tuyenquang.workforce.IntegrationTest;

/** A client system calls the API with a token of the account it acts for, never with a person's password. */
@IntegrationTest
@Import(TestAccounts.class)
class ApiTokenTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aCentresSystemCallsTheApiWithItsTokenAsFarAsItsAccountReachesUntilTheTokenIsRevoked() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID otherCentre = accounts.newCentre();

        MvcResult created = mvc.perform(post("/account/tokens").param("name", "Phần mềm quản lý đào tạo")
                .with(user(staff)).with(csrf())).andExpect(status().isFound()).andReturn();
        String secret = (String) created.getFlashMap().get("secret");
        assertThat(secret).startsWith("tqw_").hasSize(44);
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = ?").param(ApiTokens.sha256(secret))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = ?").param(secret)
                .query(Long.class).single()).isZero();

        mvc.perform(get("/api/training/centres/{id}", centre).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        mvc.perform(get("/api/training/centres/{id}", otherCentre).header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/account/tokens").with(user(staff))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Phần mềm quản lý đào tạo", "Đang dùng").doesNotContain(secret)
                .doesNotContain("Chưa dùng");

        UUID token = jdbc.sql("select id from api_token where token_sha256 = ?").param(ApiTokens.sha256(secret))
                .query(UUID.class).single();
        mvc.perform(post("/account/tokens/{token}/revoke", token).with(user(staff)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/api/training/centres/{id}", centre).header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/training/centres/{id}", centre).header("Authorization", "Bearer tqw_made-up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theAdministratorManagesAnAccountsTokensAndNobodyElseSeesThem() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        CurrentUser other = accounts.create(Role.EMPLOYER);

        mvc.perform(post("/admin/accounts/{id}/tokens", employer.id()).param("name", "HR")
                .with(user(admin)).with(csrf())).andExpect(status().isFound());
        assertThat(mvc.perform(get("/account/tokens").with(user(employer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("HR");
        mvc.perform(get("/admin/accounts/{id}/tokens", employer.id()).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/tokens", employer.id()).param("name", "x").with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
