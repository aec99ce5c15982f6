package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import vn.tuyenquang.workforce.IntegrationTest;

@IntegrationTest
@Import(TestAccounts.class)
class AccountPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountManagement management;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormPostWithoutACsrfTokenIsRejectedAndCreatesNothing() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);

        mvc.perform(post("/admin/accounts").with(user(admin)).params(newAccount("no-token-user")))
                .andExpect(status().isForbidden());

        assertThat(accounts.findByUsername("no-token-user")).isEmpty();
    }

    @Test
    void theAdministratorCreatesACommuneOfficerAndTheAuditTrailKeepsItWithoutThePassword() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);

        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(newAccount("can-bo-ha-giang")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/accounts"));

        Account created = accounts.findByUsername("can-bo-ha-giang").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.COMMUNE_OFFICER);
        assertThat(created.communeCode()).isEqualTo("00694");
        assertThat(created.mustChangePassword()).isTrue();
        Map<String, Object> audit = auditRowOf(created);
        assertThat(audit).containsEntry("actor", admin.getUsername()).containsEntry("action", "CREATE");
        assertThat((String) audit.get("after_state")).contains("\"username\":\"can-bo-ha-giang\"")
                .contains("\"communeCode\":\"00694\"").doesNotContain("password").doesNotContain("{bcrypt}");
    }

    @Test
    void aFormWithBadInputIsShownAgainWithAMessageBesideEachField() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);

        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf())
                        .param("username", "Nguyễn Văn A").param("displayName", "").param("role", "COMMUNE_OFFICER")
                        .param("communeCode", "").param("initialPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ dùng chữ thường không dấu")))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
                .andExpect(content().string(containsString("Mật khẩu phải dài ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("value=\"Nguyễn Văn A\"")));

        var withoutCommune = newAccount("missing-commune");
        withoutCommune.set("communeCode", "");
        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(withoutCommune))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn xã, phường cho cán bộ xã.")));
        assertThat(accounts.findByUsername("missing-commune")).isEmpty();
    }

    @Test
    void disablingAnAccountIsAuditedWithBeforeAndAfterAndStopsItsSignIn() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);

        mvc.perform(post("/admin/accounts/{id}/enabled", officer.id()).param("enabled", "false")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isFound());

        Map<String, Object> audit = auditRowOf(accounts.findById(officer.id()).orElseThrow());
        assertThat(audit).containsEntry("action", "UPDATE");
        assertThat((String) audit.get("before_state")).contains("\"enabled\":true");
        assertThat((String) audit.get("after_state")).contains("\"enabled\":false");
        mvc.perform(formLogin().user(officer.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        for (int attempt = 1; attempt <= Account.FAILURES_BEFORE_LOCK; attempt++) {
            mvc.perform(formLogin().user(officer.getUsername()).password("wrong-" + attempt)).andExpect(unauthenticated());
        }

        MvcResult refused = mvc.perform(formLogin().user(officer.getUsername()).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(containsString("Tài khoản tạm khóa 15 phút")));
        assertThat(accounts.findByUsername(officer.getUsername()).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void wrongPasswordsArrivingAtOnceAreEachCounted() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                List<java.util.concurrent.Callable<Void>> failures = java.util.Collections.nCopies(4, () -> {
                    management.recordFailedLogin(officer.getUsername());
                    return null;
                });
                for (var failure : pool.invokeAll(failures)) {
                    failure.get();
                }
                assertThat(accounts.findByUsername(officer.getUsername()).orElseThrow().failedLogins()).isEqualTo(4);
                management.recordSuccessfulLogin(officer.getUsername());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fewerWrongPasswordsThanTheLimitDoNotLock() throws Exception {
        CurrentUser officer = testAccounts.create(Role.DEPARTMENT);
        for (int attempt = 1; attempt < Account.FAILURES_BEFORE_LOCK; attempt++) {
            mvc.perform(formLogin().user(officer.getUsername()).password("wrong")).andExpect(unauthenticated());
        }

        mvc.perform(formLogin().user(officer.getUsername()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(accounts.findByUsername(officer.getUsername()).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void someoneWithAOneTimePasswordMustChooseTheirOwnBeforeSeeingAnythingElse() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(newAccount("first-timer")))
                .andExpect(status().isFound());
        MvcResult signedIn = mvc.perform(formLogin().user("first-timer").password("one-time-password-123"))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/reference/communes").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "one-time-password-123")
                        .param("newPassword", "my-own-password-456").param("repeatPassword", "my-own-password-456"))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        mvc.perform(formLogin().user("first-timer").password("my-own-password-456")).andExpect(authenticated());
        assertThat(accounts.findByUsername("first-timer").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aNewPasswordOverSeventyTwoBytesIsAFieldErrorNotAFailure() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        String tooLong = "ế".repeat(30);

        mvc.perform(post("/account/password").with(user(officer)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", tooLong).param("repeatPassword", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu dài quá 72 byte")));
        mvc.perform(formLogin().user(officer.getUsername()).password(TestAccounts.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theDepartmentReadsTheAuditTrailFilteredByRecord() throws Exception {
        CurrentUser department = testAccounts.create(Role.DEPARTMENT);
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(newAccount("audited-person")))
                .andExpect(status().isFound());
        String id = accounts.findByUsername("audited-person").orElseThrow().id().toString();

        mvc.perform(get("/audit").param("recordType", "account").param("recordId", id).with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("audited-person")))
                .andExpect(content().string(containsString("Tạo mới")))
                .andExpect(content().string(containsString("Hiển thị 1 sự kiện")));
    }

    @Test
    void auditRowsCannotBeChangedOrDeletedEvenInTheDatabase() {
        testAccounts.create(Role.ADMIN);
        jdbc.sql("insert into audit_event (occurred_at, actor, action, record_type, record_id)"
                + " values (current_timestamp, 'test', 'CREATE', 'probe', '1')").update();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where record_type = 'probe'").update())
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where record_type = 'probe'").update())
                .hasMessageContaining("cannot be changed or deleted");
    }

    private Map<String, Object> auditRowOf(Account account) {
        return jdbc.sql("select * from audit_event where record_type = 'account' and record_id = ? order by id desc limit 1")
                .param(account.id().toString()).query().singleRow();
    }

    private static LinkedMultiValueMap<String, String> newAccount(String username) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("displayName", "Hoàng Thị Lan");
        form.add("role", "COMMUNE_OFFICER");
        form.add("communeCode", "00694");
        form.add("initialPassword", "one-time-password-123");
        return form;
    }
}
