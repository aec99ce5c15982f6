package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.HeadlessChromium;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The hiring journey, in a real (headless) Chromium: an employer posts a vacancy, opens it, searches candidates,
 * shortlists one and asks to contact them; the centre's staff find the request in their queue and record the
 * candidate's agreement; the employer, told by the bell, sees the contact details, records the hire, and the person is
 * employed, counted against the vacancy, and gone from its candidates.
 */
@IntegrationTest
@Import(TestAccounts.class)
class HiringBrowserTest {

    static final String PHONE = "0966554433";

    @LocalServerPort
    int port;

    @Autowired
    PersonRecords records;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    CandidateProjection projection;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @Test
    void anEmployerPostsAVacancySearchesShortlistsAndHires() throws Exception {
        WebDriver browser = chromium.browser();
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Điện dân dụng", "7411");
        LocalDate born = LocalDate.of(1996, 6, 16);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Lục Thị Xuân", born, Sex.FEMALE, "02", "00694", PHONE, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 1, 6));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 6));
        certificates.issue(staff, enrolment.id(), "HB-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 4, 7));
        records.setConsent(enrolment.personId(), true);
        String communeName = jdbc.sql("select name from commune where code = '00694'").query(String.class).single();
        projection.sync();
        elasticsearch.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        HeadlessChromium.signIn(browser, url(""), employer.getUsername(), TestAccounts.PASSWORD);
        browser.get(url("/employers"));
        click(browser.findElement(By.linkText("Đăng vị trí tuyển dụng")));
        browser.findElement(By.id("title")).sendKeys("Thợ điện dân dụng");
        browser.findElement(By.id("occupationCode")).sendKeys("7411");
        browser.findElement(By.id("skills")).sendKeys("điện dân dụng");
        browser.findElement(By.id("headcount")).clear();
        browser.findElement(By.id("headcount")).sendKeys("4");
        browser.findElement(By.id("payMinVnd")).sendKeys("7000000");
        browser.findElement(By.id("payMaxVnd")).sendKeys("9000000");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("deadline")), LocalDate.now().plusDays(30).toString());
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));

        wait.until(page -> page.getPageSource().contains("Bản nháp"));
        click(browser.findElement(By.xpath("//button[text()='Mở tuyển']")));
        wait.until(page -> page.getPageSource().contains("Vị trí đã được mở tuyển."));

        click(browser.findElement(By.linkText("Tìm ứng viên phù hợp")));
        WebElement row = wait.until(page -> page.findElement(By.xpath("//tr[.//div[text()='L. T. Xuân']]")));
        assertThat(row.getText()).contains("Đúng nghề", "Có chứng chỉ (đã xác thực)", "0 km").doesNotContain("Lục Thị Xuân");
        click(row.findElement(By.xpath(".//button[text()='Chọn vào danh sách']")));
        // The employer stays on the results to go on choosing, then opens the shortlist.
        wait.until(page -> page.getPageSource().contains("Đã đưa ứng viên vào danh sách."));
        assertThat(browser.getCurrentUrl()).contains("/candidates");
        click(browser.findElement(By.linkText("Danh sách ứng viên đã chọn")));
        wait.until(page -> page.getCurrentUrl().endsWith("/shortlist"));
        // Her row keeps where she lives and her level, as the results showed them; not who she is.
        assertThat(browser.findElement(By.xpath("//tr[.//div[text()='L. T. Xuân']]")).getText())
                .contains(communeName, "Sơ cấp").doesNotContain("Lục Thị Xuân", PHONE);

        // The employer asks to contact the candidate, with a word about the job.
        browser.findElement(By.cssSelector("textarea[name=message]")).sendKeys("Ca ngày, làm tại KCN Long Bình An");
        click(browser.findElement(By.xpath("//button[text()='Xin liên hệ']")));
        wait.until(page -> page.getPageSource().contains("Đã gửi yêu cầu liên hệ"));
        assertThat(browser.findElement(By.xpath("//tr[.//div[text()='L. T. Xuân']]")).getText()).contains("Chờ trả lời");

        // The centre's staff see it in their queue, counted in the header, ask the candidate and record the agreement.
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, url(""), staff.getUsername(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.cssSelector("[data-count=contacts]")).getText()).isEqualTo("1");
        click(browser.findElement(By.partialLinkText("Yêu cầu liên hệ")));
        WebElement request = wait.until(page -> page.findElement(By.xpath("//li[.//a[text()='Lục Thị Xuân']]")));
        assertThat(request.getText()).contains("Thợ điện dân dụng", "Ca ngày, làm tại KCN Long Bình An", "Chờ trả lời");
        click(request.findElement(By.xpath(".//button[text()='Đồng ý']")));
        wait.until(page -> page.getPageSource().contains("người lao động đồng ý được liên hệ"));
        assertThat(browser.findElements(By.cssSelector("[data-count=contacts]"))).isEmpty();

        // The employer is told by the bell, and sees the name and phone in the shortlist.
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, url(""), employer.getUsername(), TestAccounts.PASSWORD);
        assertThat(browser.findElement(By.cssSelector("[data-count=notifications]")).getText()).isEqualTo("1");
        browser.get(url("/notifications"));
        click(browser.findElement(By.xpath("//button[contains(., 'L. T. Xuân đồng ý để bạn liên hệ')]")));
        wait.until(page -> page.getPageSource().contains("Lục Thị Xuân"));
        assertThat(browser.getPageSource()).contains(PHONE);
        assertThat(browser.findElements(By.cssSelector("[data-count=notifications]"))).isEmpty();

        for (String step : new String[]{"Đã liên hệ", "Đã phỏng vấn", "Tuyển"}) {
            WebElement button = browser.findElement(By.xpath("//tr[.//div[text()='Lục Thị Xuân']]//button[text()='" + step + "']"));
            click(button);
            wait.until(page -> replaced(button));
        }
        assertThat(browser.findElement(By.xpath("//tr[.//div[text()='Lục Thị Xuân']]")).getText()).contains("Đã tuyển");
        assertThat(browser.getPageSource()).contains("1/4 đã tuyển");
        assertThat(jdbc.sql("select occupation_code from placement where person_id = ?").param(enrolment.personId())
                .query(String.class).single()).isEqualTo("7411");
        // The hire changes the register, and the person leaves the vacancy's candidates.
        assertThat(register.find(enrolment.personId()).orElseThrow().labourStatus()).isEqualTo(LabourStatus.EMPLOYED);
        projection.sync();
        elasticsearch.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        click(browser.findElement(By.linkText("Tìm ứng viên phù hợp")));
        wait.until(page -> page.findElement(By.tagName("h1")));
        assertThat(browser.getPageSource()).doesNotContain("L. T. Xuân");
    }

    /**
     * Clicks as a person would, after scrolling the element to the middle of the window. Headless Chromium
     * sometimes lays a transient popup of its own (such as a form-filling suggestion) over the form's
     * button; the page's element is then clicked directly.
     */
    /**
     * Whether the page the element was on has been replaced. Chromium (156) answers a question about an element of a
     * discarded page with "does not belong to the document" rather than as a stale element, which Selenium's
     * stalenessOf lets through as an error.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException other) {
            if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    private void click(WebElement element) {
        WebDriver browser = chromium.browser();
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredByThePopup) {
            page.executeScript("arguments[0].click()", element);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
