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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    ApiTokens tokens;

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
    void wrongPasswordsHoldBackTheirAddressButNeverTheOwnerSigningInFromElsewhere() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        for (int attempt = 1; attempt <= LoginThrottle.ACCOUNT_FAILURES; attempt++) {
            mvc.perform(signIn(admin.getUsername(), "wrong-" + attempt, "203.0.113.7"))
                    .andExpect(unauthenticated());
        }

        // The stranger's address now waits, even with the right password, and is told nothing new.
        MvcResult held = mvc.perform(signIn(admin.getUsername(), TestAccounts.PASSWORD, "203.0.113.7"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        String heldPage = loginPageAfter(held);
        // The administrator, from their own desk, is not locked out by the stranger.
        mvc.perform(signIn(admin.getUsername(), TestAccounts.PASSWORD, "198.51.100.2"))
                .andExpect(authenticated());

        MvcResult wrong = mvc.perform(signIn(admin.getUsername(), "wrong", "198.51.100.3"))
                .andExpect(unauthenticated()).andReturn();
        MvcResult unknown = mvc.perform(signIn("nobody-" + UUID.randomUUID(), "x", "198.51.100.4")).andExpect(unauthenticated()).andReturn();
        assertThat(heldPage).contains("Tên đăng nhập hoặc mật khẩu không đúng")
                .isEqualTo(loginPageAfter(wrong)).isEqualTo(loginPageAfter(unknown));
    }

    @Test
    void theAdministratorLiftsTheBlockAndTheOwnerSignsInFromTheHeldBackAddress() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        for (int attempt = 1; attempt <= LoginThrottle.ACCOUNT_FAILURES; attempt++) {
            mvc.perform(signIn(officer.getUsername(), "wrong", "203.0.113.20"));
        }
        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.20"))
                .andExpect(unauthenticated());
        assertThat(mvc.perform(get("/admin/accounts").with(user(admin))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Đăng nhập bị chặn tạm thời");

        mvc.perform(post("/admin/accounts/{id}/unblock", officer.id()).with(user(testAccounts.create(Role.DEPARTMENT)))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/unblock", officer.id()).with(user(admin)).with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.20"))
                .andExpect(authenticated());
    }

    @Test
    void anAddressGuessingManyAccountsIsHeldBackForEveryAccount() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        for (int attempt = 1; attempt <= LoginThrottle.ADDRESS_FAILURES; attempt++) {
            mvc.perform(signIn("guess-" + attempt, "x", "203.0.113.40"));
        }

        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.40"))
                .andExpect(unauthenticated());
        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.41"))
                .andExpect(authenticated());
    }

    @Test
    void wrongPasswordsArrivingAtOnceAreEachCounted() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Void>> failures = java.util.Collections.nCopies(4, () -> {
                mvc.perform(signIn(officer.getUsername(), "wrong", "203.0.113.60"));
                return null;
            });
            for (var failure : pool.invokeAll(failures)) {
                failure.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key = ?")
                .param("account:" + officer.getUsername() + "@203.0.113.60").query(Integer.class).single()).isEqualTo(4);
        // One more is the fifth: the address is held back for that account.
        mvc.perform(signIn(officer.getUsername(), "wrong", "203.0.113.60"));
        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.60"))
                .andExpect(unauthenticated());
    }

    @Test
    void fewerWrongPasswordsThanTheLimitDoNotHoldBackAndASuccessForgetsThem() throws Exception {
        CurrentUser officer = testAccounts.create(Role.DEPARTMENT);
        for (int attempt = 1; attempt < LoginThrottle.ACCOUNT_FAILURES; attempt++) {
            mvc.perform(signIn(officer.getUsername(), "wrong", "203.0.113.80"))
                    .andExpect(unauthenticated());
        }

        mvc.perform(signIn(officer.getUsername(), TestAccounts.PASSWORD, "203.0.113.80"))
                .andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = ?")
                .param("account:" + officer.getUsername() + "@203.0.113.80").query(Long.class).single()).isZero();
    }

    /** The sign-in form posted from a client at {@code address}. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /** The session's cookie (the session itself is in the database, found by it on every request). */
    private static jakarta.servlet.http.Cookie session(MvcResult result) {
        return java.util.Objects.requireNonNull(result.getResponse().getCookie("SESSION"), "no session cookie");
    }

    /** What the sign-in page then says about the failure. */
    private String loginPageAfter(MvcResult failed) throws Exception {
        String page = mvc.perform(get("/login").param("error", "").cookie(session(failed)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher alert = java.util.regex.Pattern.compile("(?s)<div class=\"alert alert-danger\"[^>]*>(.*?)</div>")
                .matcher(page);
        return alert.find() ? alert.group(1).strip() : "";
    }

    @Test
    void someoneWithAOneTimePasswordMustChooseTheirOwnBeforeSeeingAnythingElse() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(newAccount("first-timer")))
                .andExpect(status().isFound());
        MvcResult signedIn = mvc.perform(formLogin().user("first-timer").password("one-time-password-123"))
                .andExpect(authenticated()).andReturn();
        jakarta.servlet.http.Cookie session = session(signedIn);

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/reference/communes").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "one-time-password-123")
                        .param("newPassword", "my-own-password-456").param("repeatPassword", "my-own-password-456"))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        mvc.perform(formLogin().user("first-timer").password("my-own-password-456")).andExpect(authenticated());
        assertThat(accounts.findByUsername("first-timer").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void changingOnesPasswordEndsEveryOtherSessionAndMayRevokeTheApiTokens() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        jakarta.servlet.http.Cookie laptop = session(mvc.perform(formLogin().user(officer.getUsername())
                .password(TestAccounts.PASSWORD)).andExpect(authenticated()).andReturn());
        jakarta.servlet.http.Cookie phone = session(mvc.perform(formLogin().user(officer.getUsername())
                .password(TestAccounts.PASSWORD)).andExpect(authenticated()).andReturn());
        String kept = tokens.create(officer, officer.id(), "Hệ thống xã").secret();
        mvc.perform(get("/notifications").cookie(phone)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/account/password").cookie(laptop)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Thu hồi luôn 1 khóa API");

        mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "a-new-password-789").param("repeatPassword", "a-new-password-789"))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        // The other session is over; the token, not asked to be revoked, still works.
        mvc.perform(get("/notifications").cookie(phone)).andExpect(redirectedUrlPattern("**/login"));
        // (a commune officer may not list the centres: 403, not 401, says the token was recognised)
        mvc.perform(get("/api/training/centres").header("Authorization", "Bearer " + kept)).andExpect(status().isForbidden());

        // Changed again, with the tokens revoked this time.
        jakarta.servlet.http.Cookie again = session(mvc.perform(formLogin().user(officer.getUsername())
                .password("a-new-password-789")).andExpect(authenticated()).andReturn());
        mvc.perform(post("/account/password").cookie(again).with(csrf())
                        .param("currentPassword", "a-new-password-789").param("revokeTokens", "true")
                        .param("newPassword", "a-third-password-012").param("repeatPassword", "a-third-password-012"))
                .andExpect(redirectedUrl("/login?passwordChanged"));
        mvc.perform(get("/api/training/centres").header("Authorization", "Bearer " + kept))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorResettingAPasswordEndsEverySessionAndRevokesEveryToken() throws Exception {
        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        jakarta.servlet.http.Cookie owners = session(mvc.perform(formLogin().user(officer.getUsername())
                .password(TestAccounts.PASSWORD)).andExpect(authenticated()).andReturn());
        String secret = tokens.create(officer, officer.id(), "Hệ thống xã").secret();

        mvc.perform(post("/admin/accounts/{id}/password-reset", officer.id()).with(user(testAccounts.create(Role.DEPARTMENT)))
                .with(csrf())).andExpect(status().isForbidden());
        MvcResult reset = mvc.perform(post("/admin/accounts/{id}/password-reset", officer.id()).with(user(admin))
                .with(csrf())).andExpect(redirectedUrl("/admin/accounts")).andReturn();
        AccountManagement.PasswordReset given = (AccountManagement.PasswordReset) reset.getFlashMap().get("reset");

        mvc.perform(get("/notifications").cookie(owners)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/api/training/centres").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(officer.getUsername()).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
        jakarta.servlet.http.Cookie fresh = session(mvc.perform(formLogin().user(officer.getUsername())
                .password(given.oneTimePassword())).andExpect(authenticated()).andReturn());
        mvc.perform(get("/").cookie(fresh)).andExpect(redirectedUrl("/account/password"));
    }

    /** The administrator's role rule and the repeated password join the other mistakes: every one shown at once. */
    @Test
    void everyMistakeOfTheAccountAndPasswordFormsIsShownAtOnce() throws Exception {
        CurrentUser admin = testAccounts.create(Role.ADMIN);
        var employerRole = newAccount("employer-here");
        employerRole.set("role", "EMPLOYER");
        employerRole.set("displayName", "");
        mvc.perform(post("/admin/accounts").with(user(admin)).with(csrf()).params(employerRole))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Vai trò này sẽ được tạo từ trang của cơ sở đào tạo hoặc doanh nghiệp.")))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
        assertThat(accounts.findByUsername("employer-here")).isEmpty();

        CurrentUser officer = testAccounts.create(Role.COMMUNE_OFFICER);
        mvc.perform(post("/account/password").with(user(officer)).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "short").param("repeatPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải dài ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp nhau.")));
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
                .andExpect(content().string(containsString("1 sự kiện khớp bộ lọc")));
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
