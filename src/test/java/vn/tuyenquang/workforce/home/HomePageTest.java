package vn.tuyenquang.workforce.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.imports.GraduateImports;
import vn.tuyenquang.workforce.imports.ImportRun;
import vn.tuyenquang.workforce.imports.ImportRuns;
import vn.tuyenquang.workforce.imports.ImportWaits;

/** Each role's home page opens on what that role has to look at first; anyone not signed in sees the public page. */
@IntegrationTest
@Import(TestAccounts.class)
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GraduateImports graduates;

    @Autowired
    ImportRuns runs;

    @Autowired
    Employers employers;

    @Test
    void aCentresStaffSeeItsCoursesAndTheImportWithRefusedRowsAndTheDepartmentSeesItToo() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện cơ bản", "7212");
        ImportRun run = graduates.upload(staff, centre, "hoc-vien-thang-3.csv", new ByteArrayInputStream((
                "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_xa,tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc\n"
                        + "008096000106,Triệu Thị Mai,31/02/1996,Nữ,00694,Thất nghiệp,KHONG-CO,02/03/2026\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(ImportWaits.await(runs, staff, run.id()).rejected()).isOne();

        String home = page(staff);
        assertThat(home).contains("Xin chào", "Hàn điện cơ bản", "/training/courses/" + course, "Tệp nhập cần xem lại",
                "hoc-vien-thang-3.csv", "1 dòng bị từ chối", "/imports/" + run.id(), "yêu cầu liên hệ đang chờ trả lời")
                .doesNotContain("Mục tiêu đến năm 2030", "Tỷ lệ lao động qua đào tạo");

        String department = page(accounts.create(Role.DEPARTMENT));
        assertThat(department).contains("Tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động có bằng cấp, chứng chỉ",
                "Toàn tỉnh, năm " + LocalDate.now().getYear(), "yêu cầu liên hệ đang chờ trả lời", "hoc-vien-thang-3.csv");
    }

    @Test
    void aCommuneOfficerSeesTheCommunesRatesAndNoImports() throws Exception {
        String home = page(accounts.create(Role.COMMUNE_OFFICER));
        assertThat(home).contains("Tỷ lệ lao động qua đào tạo", "năm " + LocalDate.now().getYear(),
                        "yêu cầu liên hệ đang chờ trả lời")
                .doesNotContain("Toàn tỉnh, năm", "Tệp nhập cần xem lại");
    }

    @Test
    void anEmployerSeesItsVacanciesWithThePlacesFilledAndItsNews() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Công nhân may công nghiệp", "7533", "SO_CAP", "May công nghiệp", 5, 6_000_000L, 8_000_000L, "00694", null,
                null, null, LocalDate.now().plusDays(30), null, null)).id();

        assertThat(page(employer)).contains("Công nhân may công nghiệp", "/vacancies/" + vacancy, "Bản nháp",
                "0/5 đã tuyển", "Tin mới", "Đăng vị trí tuyển dụng").doesNotContain("Tỷ lệ lao động qua đào tạo");
    }

    @Test
    void anyoneNotSignedInSeesThePublicPage() throws Exception {
        assertThat(page(null)).contains("Mục tiêu đến năm 2030", "Đăng nhập").doesNotContain("Xin chào");
    }

    private String page(CurrentUser user) throws Exception {
        MockHttpServletRequestBuilder home = get("/");
        if (user != null) {
            home = home.with(user(user));
        }
        return mvc.perform(home).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
