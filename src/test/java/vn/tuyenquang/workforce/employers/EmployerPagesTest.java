package vn.tuyenquang.workforce.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/** Employers and their vacancies as the department and an employer's staff see them. */
@IntegrationTest
@Import(TestAccounts.class)
class EmployerPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Employers employers;

    @Autowired
    JdbcClient jdbc;

    CurrentUser department;
    CurrentUser employer;
    UUID employerId;

    @BeforeEach
    void anEmployerWithAnAccount() {
        department = accounts.create(Role.DEPARTMENT);
        employer = accounts.create(Role.EMPLOYER);
        employerId = employer.employerId().orElseThrow();
    }

    @Test
    void theDepartmentAddsAnEmployerAndABadTaxCodeIsShownBesideItsField() throws Exception {
        mvc.perform(newEmployer("0100109107").with(user(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã số thuế không đúng (chữ số kiểm tra không khớp)")));
        mvc.perform(newEmployer("").with(user(department)))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));

        String taxCode = TestEmployers.taxCode();
        mvc.perform(newEmployer(taxCode).with(user(department))).andExpect(redirectedUrlPattern("/employers/*"));
        mvc.perform(newEmployer(taxCode).with(user(department)))
                .andExpect(content().string(containsString("Đã có doanh nghiệp mang mã số thuế này.")));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'employer' and action = 'CREATE'"
                + " and after_state like ?").param("%" + taxCode + "%").query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/employers").param("q", "cong ty det may").with(user(department)))
                .andExpect(content().string(containsString("Công ty Dệt may Hàm Yên")));
        mvc.perform(get("/employers").param("q", taxCode).with(user(department)))
                .andExpect(content().string(containsString("Công ty Dệt may Hàm Yên")));
    }

    @Test
    void anEmployerSeesOnlyItsOwnEmployerAndVacancies() throws Exception {
        UUID other = accounts.newEmployer();
        UUID othersVacancy = employers.createVacancy(department, other, vacancy(LocalDate.now().plusDays(30))).id();

        mvc.perform(get("/employers").with(user(employer))).andExpect(redirectedUrl("/employers/" + employerId));
        mvc.perform(get("/employers/{id}", employerId).with(user(employer))).andExpect(status().isOk());
        mvc.perform(get("/employers/{id}", other).with(user(employer))).andExpect(status().isForbidden());
        mvc.perform(get("/vacancies/{id}", othersVacancy).with(user(employer))).andExpect(status().isForbidden());
        mvc.perform(post("/vacancies/{id}/status", othersVacancy).param("status", "CLOSED").with(user(employer))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/employers/new").with(user(employer))).andExpect(status().isForbidden());
        assertThat(employers.vacancy(department, othersVacancy).status()).isEqualTo(Vacancy.Status.DRAFT);
    }

    @Test
    void aVacancyIsPostedAsADraftThenOpenedAndFilled() throws Exception {
        mvc.perform(post("/employers/{id}/vacancies", employerId).with(user(employer)).with(csrf())
                        .param("title", "Thợ hàn").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "Hàn điện, hàn TIG").param("headcount", "12").param("payMinVnd", "9000000")
                        .param("payMaxVnd", "7000000").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().plusDays(20).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lương cao nhất không thể thấp hơn lương thấp nhất.")));
        // Three mistakes of different kinds (a missing title, the pay range, a past deadline) come back at once.
        mvc.perform(post("/employers/{id}/vacancies", employerId).with(user(employer)).with(csrf())
                        .param("title", "").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "Hàn điện").param("headcount", "12").param("payMinVnd", "9000000")
                        .param("payMaxVnd", "7000000").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
                .andExpect(content().string(containsString("Lương cao nhất không thể thấp hơn lương thấp nhất.")))
                .andExpect(content().string(containsString("Hạn nộp hồ sơ đã qua.")))
                // ... in a summary at the top, each linked to its field; the required fields are marked.
                .andExpect(content().string(containsString("Có 3 lỗi cần sửa:")))
                .andExpect(content().string(containsString("<a href=\"#title\">Vui lòng nhập thông tin này.</a>")))
                .andExpect(content().string(containsString("<a href=\"#payMaxVnd\">")))
                .andExpect(content().string(containsString("<a href=\"#deadline\">")))
                .andExpect(content().string(containsString("Trường có dấu * là bắt buộc.")))
                .andExpect(content().string(containsString("required=\"required\" id=\"skills\"")))
                // Pay is shown back as people write it, and the occupation chosen by its name beside its code.
                .andExpect(content().string(containsString("value=\"9.000.000\"")))
                .andExpect(content().string(containsString("Thợ hàn và thợ cắt kim loại bằng nhiệt")));
        // ... and typed with or without separators; what is not an amount is refused beside its field.
        mvc.perform(post("/employers/{id}/vacancies", employerId).with(user(employer)).with(csrf())
                        .param("title", "Thợ hàn").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "Hàn điện").param("headcount", "12").param("payMinVnd", "bảy triệu")
                        .param("payMaxVnd", "9,000,000 ₫").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().plusDays(20).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị không hợp lệ.")))
                .andExpect(content().string(containsString("class=\"form-control is-invalid\" type=\"text\" aria-describedby=\"payMinVnd-errors\"")))
                // (the field in good order stays marked required, as on the empty form, with its amount kept)
                .andExpect(content().string(containsString(
                        "<input class=\"form-control\" type=\"text\" required=\"required\" id=\"payMaxVnd\"")));

        String location = mvc.perform(post("/employers/{id}/vacancies", employerId).with(user(employer)).with(csrf())
                        .param("title", "Thợ hàn").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "Hàn điện, hàn TIG").param("headcount", "12").param("payMinVnd", "7.000.000")
                        .param("payMaxVnd", "9000000").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().plusDays(20).toString()))
                .andExpect(redirectedUrlPattern("/vacancies/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/vacancies/{id}", id).with(user(employer)))
                .andExpect(content().string(containsString("Bản nháp")))
                .andExpect(content().string(containsString("7.000.000 – 9.000.000 đồng/tháng")))
                // The occupation in Vietnamese, as VSCO 2020 names it, with no "EN" badge.
                .andExpect(content().string(containsString("Thợ hàn và thợ cắt kim loại bằng nhiệt")))
                .andExpect(content().string(not(containsString(">EN</span>"))));

        // The draft is edited with the same form, checked the same way, and saved over itself.
        mvc.perform(get("/vacancies/{id}/edit", id).with(user(employer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa bản nháp vị trí tuyển dụng")))
                .andExpect(content().string(containsString("id=\"payMinVnd\" name=\"payMinVnd\" value=\"7.000.000\"")));
        mvc.perform(post("/vacancies/{id}", id).with(user(employer)).with(csrf())
                        .param("title", "Thợ hàn bậc 3").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "").param("headcount", "10").param("payMinVnd", "8.000.000")
                        .param("payMaxVnd", "9.000.000").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().plusDays(20).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Có 1 lỗi cần sửa:")));
        mvc.perform(post("/vacancies/{id}", id).with(user(employer)).with(csrf())
                        .param("title", "Thợ hàn bậc 3").param("occupationCode", "7212").param("minLevelCode", "SO_CAP")
                        .param("skills", "Hàn TIG").param("headcount", "10").param("payMinVnd", "8.000.000")
                        .param("payMaxVnd", "9.000.000").param("communeCode", "00694")
                        .param("deadline", LocalDate.now().plusDays(20).toString()))
                .andExpect(redirectedUrl("/vacancies/" + id));
        assertThat(employers.vacancy(employer, id)).extracting(Vacancy::title, Vacancy::headcount, Vacancy::payMinVnd)
                .containsExactly("Thợ hàn bậc 3", 10, 8_000_000L);

        move(id, "OPEN").andExpect(flash().attribute("message", "vacancy.moved.OPEN"));
        move(id, "FILLED").andExpect(flash().attribute("message", "vacancy.moved.FILLED"));
        move(id, "OPEN").andExpect(flash().attribute("problem", "vacancy.transition.refused"));
        assertThat(employers.vacancy(employer, id).status()).isEqualTo(Vacancy.Status.FILLED);
        // Once opened it is no longer a draft: its page says so instead of the form.
        mvc.perform(get("/vacancies/{id}/edit", id).with(user(employer)))
                .andExpect(redirectedUrl("/vacancies/" + id))
                .andExpect(flash().attribute("problem", "vacancy.notDraft"));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'vacancy' and record_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aRestrictionBySexIsRefusedWithoutItsLawfulReasonAndShownWithIt() throws Exception {
        mvc.perform(vacancyForm().param("requiredSex", "MALE").param("sexReason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Muốn giới hạn giới tính, phải ghi lý do hợp pháp.")))
                // What was typed comes back, the deadline too, in the form a date input shows.
                .andExpect(content().string(containsString(
                        "name=\"deadline\" value=\"" + LocalDate.now().plusDays(20) + "\"")));

        String location = mvc.perform(vacancyForm().param("requiredSex", "MALE")
                        .param("sexReason", "Làm việc trong hầm lò, thuộc danh mục nghề không sử dụng lao động nữ"))
                .andExpect(redirectedUrlPattern("/vacancies/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(employer))).andExpect(content().string(containsString(
                "Chỉ tuyển Nam. Lý do hợp pháp: Làm việc trong hầm lò, thuộc danh mục nghề không sử dụng lao động nữ")));

        String unrestricted = mvc.perform(vacancyForm().param("requiredSex", "").param("sexReason", "bỏ qua"))
                .andExpect(redirectedUrlPattern("/vacancies/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Vacancy saved = employers.vacancy(employer, UUID.fromString(unrestricted.substring(unrestricted.lastIndexOf('/') + 1)));
        assertThat(saved.requiredSex()).isNull();
        assertThat(saved.sexReason()).isNull();
    }

    @Test
    void anEmployersSystemPostsAndOpensAVacancyThroughTheApiAndCannotReachAnotherEmployers() throws Exception {
        String body = """
                {"title": "Thợ hàn", "occupationCode": "7212", "minLevelCode": "SO_CAP", "skills": "Hàn điện",
                 "headcount": 3, "payMinVnd": 9000000, "payMaxVnd": %d, "communeCode": "00694", "deadline": "%s",
                 "requiredSex": %s, "sexReason": null}""";
        String deadline = LocalDate.now().plusDays(10).toString();
        mvc.perform(api(post("/api/employers/{id}/vacancies", employerId), employer)
                        .content(body.formatted(7_000_000, deadline, "null")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Lương cao nhất không thể thấp hơn lương thấp nhất."))
                .andExpect(jsonPath("$.field").value("payMaxVnd"));
        mvc.perform(api(post("/api/employers/{id}/vacancies", employerId), employer)
                        .content(body.formatted(12_000_000, deadline, "\"FEMALE\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("sexReason"));

        String created = mvc.perform(api(post("/api/employers/{id}/vacancies", employerId), employer)
                        .content(body.formatted(12_000_000, deadline, "null")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(api(post("/api/vacancies/{id}/status", id), employer).content("{\"status\": \"OPEN\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(api(get("/api/employers/{id}/vacancies", employerId), employer))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].title").value("Thợ hàn"));

        CurrentUser other = accounts.create(Role.EMPLOYER);
        mvc.perform(api(get("/api/vacancies/{id}", id), other)).andExpect(status().isForbidden());
        mvc.perform(api(post("/api/vacancies/{id}/status", id), other).content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isForbidden());
        assertThat(employers.vacancy(employer, UUID.fromString(id)).status()).isEqualTo(Vacancy.Status.OPEN);
    }

    @Test
    void anOpenVacancyExpiresByItselfOnceItsDeadlineHasPassed() {
        // Today is the province's (UTC+7): from 17:00 UTC, the JVM's own day is already yesterday there.
        LocalDate today = vn.tuyenquang.workforce.system.ProvinceTime.today(java.time.Clock.systemUTC());
        Vacancy open = employers.move(employer, employers.createVacancy(employer, employerId,
                vacancy(today)).id(), Vacancy.Status.OPEN);
        Vacancy current = employers.move(employer, employers.createVacancy(employer, employerId,
                vacancy(today.plusDays(1))).id(), Vacancy.Status.OPEN);

        // A day later: the first one's deadline was yesterday.
        jdbc.sql("update vacancy set deadline = deadline - 1 where id in (?, ?)").params(open.id(), current.id()).update();
        assertThat(employers.expireOverdue()).isGreaterThanOrEqualTo(1);

        assertThat(employers.vacancy(employer, open.id()).status()).isEqualTo(Vacancy.Status.EXPIRED);
        assertThat(employers.vacancy(employer, current.id()).status()).isEqualTo(Vacancy.Status.OPEN);
    }

    private MockHttpServletRequestBuilder newEmployer(String taxCode) {
        return post("/employers").with(csrf()).param("taxCode", taxCode).param("name", "Công ty Dệt may Hàm Yên")
                .param("industrialPark", "Cụm công nghiệp thử nghiệm").param("communeCode", "00694")
                .param("contactName", "Trần Văn Bảo").param("contactPhone", "0912345678")
                .param("contactEmail", "tuyendung@example.com");
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, CurrentUser user) {
        return request.with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder vacancyForm() {
        return post("/employers/{id}/vacancies", employerId).with(user(employer)).with(csrf())
                .param("title", "Thợ khai thác").param("occupationCode", "8111").param("minLevelCode", "SO_CAP")
                .param("skills", "Vận hành máy khoan").param("headcount", "4").param("payMinVnd", "9000000")
                .param("payMaxVnd", "12000000").param("communeCode", "00694")
                .param("deadline", LocalDate.now().plusDays(20).toString());
    }

    private org.springframework.test.web.servlet.ResultActions move(UUID vacancy, String status) throws Exception {
        return mvc.perform(post("/vacancies/{id}/status", vacancy).param("status", status).with(user(employer)).with(csrf()));
    }

    private static NewVacancy vacancy(LocalDate deadline) {
        return new NewVacancy("Công nhân may", "7533", "SO_CAP", "May công nghiệp", 20, 6_500_000L, 8_000_000L, "00694",
                null, null, null, deadline, null, null);
    }
}
