package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * Inputs the independent check found answering 500 (issue 14, part 3): each now gets a 4xx with a reason in
 * Vietnamese (a page) or a problem detail (JSON), and nothing is saved.
 */
@IntegrationTest
@Import(TestAccounts.class)
class BadInputTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aNulByteInAFormFieldIsRefusedWithAReasonAndNothingIsSaved() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        MockHttpServletResponse page = perform(post("/training/centres").with(user(department)).with(csrf())
                .param("code", "NUL-1").param("name", "Trường\u0000Nghề").param("communeCode", "00694"));

        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("vượt giới hạn cho phép");
        assertThat(jdbc.sql("select count(*) from training_centre where code = 'NUL-1'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aNulByteInAJsonFieldIsAProblemDetail() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        MockHttpServletResponse answer = perform(post("/api/training/courses/{id}/enrolments", course)
                .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"person": {"citizenId": "008090001777", "fullName": "Lê\\u0000Văn", "birthDate": "1990-01-01",
                                    "sex": "MALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                         "enrolledOn": "2026-03-02"}"""));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aDeadlineInTheYear999999999AndABaselineOfTwoToTheSixtyThirdAreFieldErrors() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        MockHttpServletResponse vacancy = perform(post("/employers/{id}/vacancies", employer.employerId().orElseThrow())
                .with(user(employer)).with(csrf())
                .param("title", "Thợ hàn").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                .param("skills", "Hàn điện").param("headcount", "2").param("payMinVnd", "8000000")
                .param("payMaxVnd", "9000000").param("communeCode", "00694").param("deadline", "+999999999-12-31"));
        assertThat(vacancy.getStatus()).isEqualTo(200);
        assertThat(vacancy.getContentAsString(StandardCharsets.UTF_8)).contains("Hạn nộp hồ sơ quá xa");

        CurrentUser department = accounts.create(Role.DEPARTMENT);
        MockHttpServletResponse baseline = perform(post("/indicators/baselines").with(user(department)).with(csrf())
                .param("communeCode", "00694").param("year", "2024").param("labourForce", String.valueOf(Long.MAX_VALUE))
                .param("trained", "1").param("certified", "1").param("sourceNote", "Thử"));
        assertThat(baseline.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from commune_baseline where labour_force > 5000000").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aNameIsStoredWithoutInvisibleCharactersAndOneWithAnEmojiIsRefusedNamingIt() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        String citizenId = vn.tuyenquang.workforce.people.TestPeople.citizenId(java.time.LocalDate.of(1991, 1, 1),
                vn.tuyenquang.workforce.people.Sex.MALE);
        MockHttpServletResponse pasted = perform(post("/api/training/courses/{id}/enrolments", course)
                .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"person": {"citizenId": "%s", "fullName": "Nguyễn\u200BVăn\u200D An", "birthDate": "1991-01-01",
                                    "sex": "MALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                         "enrolledOn": "2026-03-02"}""".formatted(citizenId)));
        assertThat(pasted.getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("select full_name from person where citizen_id = ?").param(citizenId).query(String.class)
                .single()).isEqualTo("Nguyễn Văn An");

        MockHttpServletResponse emoji = perform(post("/api/training/courses/{id}/enrolments", course)
                .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"person": {"citizenId": "008091001778", "fullName": "Lê Văn Bình 😀", "birthDate": "1991-01-01",
                                    "sex": "MALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                         "enrolledOn": "2026-03-02"}"""));
        assertThat(emoji.getStatus()).isEqualTo(422);
        assertThat(emoji.getContentAsString(StandardCharsets.UTF_8)).contains("ký tự không dùng trong tên người: \\uD83D\\uDE00 (U+1F600)");
    }

    @Test
    void aLatitudeThatIsNotANumberIsAnErrorBesideItsField() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        for (String latitude : List.of("abc", "22,8x", "1e999999", "NaN")) {
            MockHttpServletResponse vacancy = perform(post("/employers/{id}/vacancies", employer.employerId().orElseThrow())
                    .with(user(employer)).with(csrf())
                    .param("title", "Thợ hàn").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                    .param("skills", "Hàn điện").param("headcount", "2").param("payMinVnd", "8000000")
                    .param("payMaxVnd", "9000000").param("communeCode", "00694").param("latitude", latitude)
                    .param("longitude", "105.2"));
            assertThat(vacancy.getStatus()).as(latitude).isEqualTo(200);
            assertThat(vacancy.getContentAsString(StandardCharsets.UTF_8)).as(latitude)
                    .containsPattern("id=\"latitude\"[^>]*is-invalid|is-invalid[^>]*id=\"latitude\"");
        }
    }

    @Test
    void aPageFarBeyondTheListIsAnEmptyPage() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");

        assertThat(perform(get("/training/courses/{id}", course).param("page", "50000000").with(user(staff)))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aTableTheReportDoesNotHaveIsNotFoundAndAYearThatIsNotANumberIsABadRequestPage() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        CurrentUser officer = accounts.create(Role.COMMUNE_OFFICER);

        assertThat(perform(get("/indicators/export.csv").param("table", "comparison").with(user(department)))
                .getStatus()).isEqualTo(404);
        assertThat(perform(get("/indicators/export.csv").param("table", "communes").with(user(officer)))
                .getStatus()).isEqualTo(404);
        assertThat(perform(get("/indicators/export.csv").param("table", "no-such").with(user(department)))
                .getStatus()).isEqualTo(400);
        MockHttpServletResponse year = perform(get("/indicators/snapshots/abc").with(user(department))
                .accept(MediaType.TEXT_HTML));
        assertThat(year.getStatus()).isEqualTo(400);
        assertThat(year.getContentType()).startsWith("text/html");
        assertThat(year.getContentAsString(StandardCharsets.UTF_8)).contains("không hợp lệ");
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
