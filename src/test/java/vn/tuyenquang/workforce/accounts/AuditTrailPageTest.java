package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The audit trail as the department reads it: sentences naming who did what to which record (a learner by their
 * masked name), field by field before and after, no raw JSON and no internal id; in pages; and as CSV.
 */
@IntegrationTest
@Import(TestAccounts.class)
class AuditTrailPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    Employers employers;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRevokedCertificateReadsAsASentenceWithWhatChangedAndThePersonMasked() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = signedIn(accounts.create(Role.CENTRE_STAFF, centre));
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        Enrolment enrolment = training.enrol(staff, course, TestPeople.person("Bàn Thị Dính", LocalDate.of(1999, 9, 9),
                Sex.FEMALE), LocalDate.of(2026, 1, 5));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 3));
        String number = "HAN-" + UUID.randomUUID().toString().substring(0, 6);
        Certificate certificate = certificates.issue(staff, enrolment.id(), number, LocalDate.of(2026, 4, 5));
        certificates.revoke(staff, certificate.id(), "Cấp nhầm người");
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        String page = read(get("/audit").param("recordType", "certificate").param("recordId", certificate.id().toString()),
                department);
        assertThat(page).contains("Người thử CENTRE_STAFF đã thu hồi chứng chỉ " + number + " của học viên B. T. Dính, lý do: Cấp nhầm người",
                        "Người thử CENTRE_STAFF đã tạo chứng chỉ " + number, "Trạng thái", "<del>Còn hiệu lực</del>",
                        "Đã thu hồi", "Lý do thu hồi", "Cấp nhầm người", "2 sự kiện khớp bộ lọc")
                .doesNotContain("\"status\"", "REVOKED", "Bàn Thị Dính");

        // The learner's record, created on enrolment: the citizen ID is masked and the name is never in full.
        Person learner = register.find(enrolment.personId()).orElseThrow();
        String created = read(get("/audit").param("recordType", "person").param("recordId", learner.id().toString()),
                department);
        assertThat(created).contains("đã tạo người lao động B. T. Dính", "Số định danh", "*********"
                + learner.citizenId().value().substring(9)).doesNotContain(learner.citizenId().value());

        String csv = read(get("/audit/export.csv").param("recordType", "certificate")
                .param("recordId", certificate.id().toString()), department);
        assertThat(csv).contains("\"Thời điểm\",\"Người thực hiện\",\"Tên đăng nhập\",\"Thao tác\",\"Sự kiện\",\"Thay đổi\"")
                .contains("Trạng thái: Còn hiệu lực → Đã thu hồi; Lý do thu hồi: Cấp nhầm người");
    }

    @Test
    void theTrailIsReadInPagesOfFiftyWithTheFiltersKept() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = signedIn(accounts.create(Role.CENTRE_STAFF, centre));
        for (int i = 0; i < 60; i++) {
            accounts.newCourse(staff, centre, "Khóa " + i, "7212");
        }
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        String first = read(get("/audit").param("actor", staff.getUsername()), department);
        assertThat(first).contains("60 sự kiện khớp bộ lọc", "Trang 1 / 2", "đã tạo khóa học", "Khóa 59")
                .doesNotContain("· Khóa 0<");
        assertThat(first.split("class=\"border-bottom py-2\"").length - 1).isEqualTo(50);
        assertThat(first).contains("page=1").contains("actor=" + staff.getUsername());
        String second = read(get("/audit").param("actor", staff.getUsername()).param("page", "1"), department);
        assertThat(second.split("class=\"border-bottom py-2\"").length - 1).isEqualTo(10);
        assertThat(second).contains("Trang 2 / 2", "Khóa 0");
    }

    @Test
    void aVacancysPayAndLevelReadAsPeopleWriteThemAndItsIdsAreLeftOut() throws Exception {
        CurrentUser employer = signedIn(accounts.create(Role.EMPLOYER));
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ hàn bậc 3", "7212", "SO_CAP", "Hàn điện", 4, 7_000_000L, 9_500_000L, "00694", null, null, null,
                LocalDate.now().plusDays(30), null, null)).id();

        String page = read(get("/audit").param("recordType", "vacancy").param("recordId", vacancy.toString()),
                accounts.create(Role.DEPARTMENT));
        assertThat(page).contains("Người thử EMPLOYER đã tạo vị trí tuyển dụng “Thợ hàn bậc 3”", "7.000.000 ₫",
                "9.500.000 ₫", "Sơ cấp", "Số người cần tuyển").doesNotContain("SO_CAP", "employerId", "Mã doanh nghiệp");
    }

    @Test
    void aHireReadsInWordsWithNoFieldNameCodeOrId() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = signedIn(accounts.create(Role.CENTRE_STAFF, centre));
        Enrolment enrolment = training.enrol(staff, accounts.newCourse(staff, centre, "Hàn điện", "7212"),
                TestPeople.person("Lò Văn Sáng", LocalDate.of(1997, 7, 7), Sex.MALE), LocalDate.of(2026, 1, 5));
        register.recordEmployment(enrolment.personId(), LocalDate.of(2026, 6, 1), "hired");

        String page = read(get("/audit").param("recordType", "person").param("recordId", enrolment.personId().toString()),
                accounts.create(Role.DEPARTMENT));
        assertThat(page).contains("Tình trạng việc làm", "Có việc làm", "Tình trạng việc làm từ ngày", "01/06/2026",
                        "được tuyển dụng qua hệ thống", "Phường Hà Giang 1 (00694)")
                .doesNotContain("labourStatusSince", "EMPLOYED", "because", "placement ", "{\"");
    }

    private CurrentUser signedIn(CurrentUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    private String read(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.with(user(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
