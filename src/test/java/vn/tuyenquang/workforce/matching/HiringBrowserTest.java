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
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * An employer, in a real (headless) Chromium: posts a vacancy, opens it, searches candidates, shortlists
 * one, sees their contact details once the candidate agreed, and records the hire.
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
    PersonRegister register;

    @Autowired
    CandidateProjection projection;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    Shortlists shortlists;

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
        training.issueCertificate(staff, enrolment.id(), "HB-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 4, 7));
        records.setConsent(enrolment.personId(), true);
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
        wait.until(page -> page.getPageSource().contains("Đã đưa ứng viên vào danh sách."));
        assertThat(browser.getPageSource()).contains("L. T. Xuân").doesNotContain(PHONE);

        // The candidate, asked by the centre's staff, agrees to be contacted by this employer.
        UUID entry = jdbc.sql("select id from shortlist_entry where person_id = ?").param(enrolment.personId())
                .query(UUID.class).single();
        shortlists.contactAgreement(staff, entry, true);
        browser.navigate().refresh();
        assertThat(browser.getPageSource()).contains("Lục Thị Xuân", PHONE);

        for (String step : new String[]{"Đã liên hệ", "Đã phỏng vấn", "Tuyển"}) {
            WebElement button = browser.findElement(By.xpath("//tr[.//td[text()='Lục Thị Xuân']]//button[text()='" + step + "']"));
            click(button);
            wait.until(ExpectedConditions.stalenessOf(button));
        }
        assertThat(browser.findElement(By.xpath("//tr[.//td[text()='Lục Thị Xuân']]")).getText()).contains("Đã tuyển");
        assertThat(jdbc.sql("select occupation_code from placement where person_id = ?").param(enrolment.personId())
                .query(String.class).single()).isEqualTo("7411");
    }

    /**
     * Clicks as a person would, after scrolling the element to the middle of the window. Headless Chromium
     * sometimes lays a transient popup of its own (such as a form-filling suggestion) over the form's
     * button; the page's element is then clicked directly.
     */
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
