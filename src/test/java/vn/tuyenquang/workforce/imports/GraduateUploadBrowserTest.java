package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.HeadlessChromium;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * A centre's staff member, in a real (headless) Chromium: signs in, uploads a learners file, watches the
 * progress bar finish, and downloads the error report. Needs Debian's chromium and chromium-driver
 * (.ci/run installs them); skipped, saying so, where they are missing.
 */
@IntegrationTest
@Import(TestAccounts.class)
class GraduateUploadBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @Test
    void aCentreUploadsAFileSeesTheProgressBarFinishAndDownloadsTheErrorReport() throws Exception {
        WebDriver browser = chromium.browser();
        Path downloads = chromium.downloads();
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
        Path file = Files.createTempFile("hoc-vien-", ".csv");
        Files.writeString(file, "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_xa,tinh_trang_viec_lam,ma_khoa_hoc,"
                + "ngay_nhap_hoc,ngay_hoan_thanh\n"
                + TestPeople.citizenId(LocalDate.of(1990, 5, 1), Sex.MALE)
                + ",Nguyễn Văn An,01/05/1990,Nam,00694,Thất nghiệp,HAN-SC-01,02/03/2026,\n"
                // Mistakes of three kinds in one row: values that cannot be (a citizen ID of 11 digits, an impossible
                // date), a reference that does not exist (commune 99999), and dates that contradict each other.
                + "00809600010,Triệu Thị Mai,31/02/1996,Nữ,99999,Thất nghiệp,HAN-SC-01,02/03/2026,01/02/2026\n",
                StandardCharsets.UTF_8);

        HeadlessChromium.signIn(browser, url(""), staff.getUsername(), TestAccounts.PASSWORD);
        browser.get(url("/imports/graduates/" + centre));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(page -> page.findElement(By.cssSelector("#import-status strong")).getText().equals("Hoàn tất"));
        assertThat(browser.findElement(By.cssSelector("progress.import-progress")).getDomAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-status")).getText()).contains("Đã xử lý 2 / 2 bản ghi.");
        // The four outcomes, each with its count: they add up to the file's records.
        assertThat(browser.findElements(By.cssSelector("#import-outcomes dt")).stream().map(e -> e.getText()).toList())
                .containsExactly("Tạo mới", "Cập nhật", "Đã có, không đổi", "Bị từ chối");
        assertThat(browser.findElements(By.cssSelector("#import-outcomes dd")).stream().map(e -> e.getText()).toList())
                .containsExactly("1", "0", "0", "1");
        // All of the row's mistakes after this one upload, in the order of the file's columns.
        assertThat(browser.findElements(By.cssSelector("table.import-errors tbody tr")).stream().map(WebElement::getText)
                .toList()).satisfiesExactly(
                        row -> assertThat(row).contains("so_dinh_danh", "00809600010", "đúng 12 chữ số"),
                        row -> assertThat(row).contains("ngay_sinh", "31/02/1996", "Ngày không hợp lệ"),
                        row -> assertThat(row).contains("ma_xa", "99999", "Mã xã, phường không có trong danh mục"),
                        row -> assertThat(row).contains("ngay_hoan_thanh", "01/02/2026", "sớm hơn ngày nhập học"));

        browser.findElement(By.linkText("Tải báo cáo lỗi (CSV)")).click();
        wait.until(page -> reportIn(downloads) != null);
        String report = Files.readString(reportIn(downloads), StandardCharsets.UTF_8);
        assertThat(report).contains("\"3\",\"3\",\"ngay_sinh\",\"31/02/1996\",\"Ngày không hợp lệ",
                "\"3\",\"3\",\"ngay_hoan_thanh\",\"01/02/2026\",\"Ngày này sớm hơn ngày nhập học");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path reportIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
