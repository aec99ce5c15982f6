package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.HeadlessChromium;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * A centre's staff member enrols a learner on a phone-sized screen, in a real (headless) Chromium, and makes three
 * mistakes at once (an ID of the wrong length, a birth date in the future, a phone number too short): one submit shows
 * all three, in a summary at the top that the page opens at, each linked to its field, with what was typed kept.
 */
@IntegrationTest
@Import(TestAccounts.class)
class LearnerFormBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @Test
    void aFormWithThreeMistakesShowsThemAllAtOnceAndOpensAtTheirSummary() {
        WebDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(390, 844));
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        Course course = training.createCourse(staff, centre, new NewCourse("HAN-SC-02", "Hàn điện", "7212", "SO_CAP", 3, true));

        HeadlessChromium.signIn(browser, "http://localhost:" + port, staff.getUsername(), TestAccounts.PASSWORD);
        browser.get("http://localhost:" + port + "/training/courses/" + course.id());
        assertThat(browser.findElement(By.cssSelector("label[for=citizenId]")).getText()).contains("*");
        assertThat(browser.findElement(By.cssSelector("label[for=sex]")).getText()).contains("*");
        assertThat(browser.findElement(By.cssSelector("label[for=phone]")).getText()).doesNotContain("*");

        browser.findElement(By.id("citizenId")).sendKeys("00809600010");
        browser.findElement(By.id("fullName")).sendKeys("Triệu Thị Mai");
        type(browser, browser.findElement(By.id("birthDate")), "2099-01-01");
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        browser.findElement(By.id("phone")).sendKeys("09123");
        new Select(browser.findElement(By.id("communeCode"))).selectByValue("00694");
        WebElement form = browser.findElement(By.cssSelector("form[action$='/enrolments']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].submit()", form);

        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).startsWith("Có 3 lỗi cần sửa:");
        assertThat(summary.findElements(By.cssSelector("li a")).stream().map(a -> a.getDomAttribute("href")).toList())
                .containsExactlyInAnyOrder("#citizenId", "#birthDate", "#phone");
        // Each mistake says which field it is about.
        assertThat(summary.getText()).contains("Số điện thoại: ", "Ngày sinh: ");
        // The page opened at the summary, which has the focus (a screen reader reads it first) ...
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        // ... and stands whole in the window (the page scrolled down to it, as far as the page goes).
        Boolean inView = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var box = arguments[0].getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight;",
                summary);
        assertThat(inView).isTrue();
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY")).doubleValue())
                .isPositive();
        // ... and what was typed right is still there.
        assertThat(browser.findElement(By.id("fullName")).getDomProperty("value")).isEqualTo("Triệu Thị Mai");
        assertThat(browser.findElements(By.cssSelector(".is-invalid")).stream().map(e -> e.getDomAttribute("id")).toList())
                .containsExactlyInAnyOrder("citizenId", "birthDate", "phone");

        summary.findElement(By.cssSelector("a[href='#phone']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#phone");
    }

    /** A date input takes its value as the browser's own picker would give it (typed keys depend on the locale). */
    private static void type(WebDriver browser, WebElement dateInput, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", dateInput, isoDate);
    }
}
