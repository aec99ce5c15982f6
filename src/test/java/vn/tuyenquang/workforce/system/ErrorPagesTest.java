package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/** Errors as the servlet container routes them: a page for browsers, a ProblemDetail for API clients. */
@IntegrationTest
@Import(TestAccounts.class)
class ErrorPagesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aMissingPageShowsAVietnameseErrorPageWithoutInternals() {
        ResponseEntity<String> page = fetch("/reference/no-such-list", MediaType.TEXT_HTML);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody())
                .contains("Không tìm thấy trang bạn yêu cầu.")
                .contains("Mã lỗi 404")
                .contains("Về trang chủ")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownAddressIsNotFoundForSignedInUsersAndVisitorsAlikeWhateverPrefixItHas() {
        for (String path : List.of("/no-such-page", "/training/no-such-page", "/indicators/no-such-page", "/admin/nothing")) {
            ResponseEntity<String> anonymous = fetch(path, MediaType.TEXT_HTML);
            assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(anonymous.getBody()).contains("Không tìm thấy trang bạn yêu cầu.");
        }
        // A page that exists keeps its rules: the visitor is sent to sign in.
        assertThat(fetch("/indicators", MediaType.TEXT_HTML).getBody()).contains("name=\"password\"");
    }

    @Test
    void aSignedInUserAskingForAnUnknownAddressIsToldItIsNotFoundAndAForbiddenPageStaysForbidden() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        for (String path : List.of("/no-such-page", "/training/no-such-page", "/indicators/no-such-page", "/admin/nothing")) {
            mvc.perform(get(path).with(user(employer))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/indicators").with(user(employer))).andExpect(status().isForbidden());
    }

    @Test
    void aMissingApiPathAnswersWithAProblemDetail() {
        ResponseEntity<String> problem = fetch("/api/reference/no-such-list", MediaType.APPLICATION_JSON);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.getBody())
                .contains("\"status\":404")
                .contains("\"title\":\"Not Found\"")
                .contains("\"instance\":\"/api/reference/no-such-list\"");
    }

    @Test
    void anApiCallWithoutCredentialsAnswersUnauthorizedAsAProblemDetail() {
        ResponseEntity<String> problem = fetch("/api/vacancies/" + java.util.UUID.randomUUID(), MediaType.APPLICATION_JSON);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(problem.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(problem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(problem.getBody()).contains("\"status\":401");
    }

    @Test
    void aPageThatNeedsSigningInShowsAnonymousVisitorsTheLoginForm() {
        ResponseEntity<String> page = fetch("/admin/accounts", MediaType.TEXT_HTML);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<h1 class=\"h3 mb-3\">Đăng nhập</h1>").contains("name=\"password\"")
                .doesNotContain("Tài khoản người dùng");
    }

    private ResponseEntity<String> fetch(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
