package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.HeadlessChromium;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * The department's dashboard in a real (headless) Chromium: the map draws the 124 communes from their boundaries,
 * each named on hover, and a click on one opens that commune's report. Skipped, saying so, without Chromium.
 */
@IntegrationTest
@Import(TestAccounts.class)
class IndicatorMapBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @Test
    void theDashboardMapsTheCommunesAndAClickOpensOne() {
        WebDriver browser = chromium.browser();
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        HeadlessChromium.signIn(browser, "http://localhost:" + port, department.getUsername(), TestAccounts.PASSWORD);
        browser.get("http://localhost:" + port + "/indicators?year=2026");

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.commune-map-svg")));
        assertThat(browser.findElements(By.cssSelector("svg.commune-map-svg a[data-commune] path"))).hasSize(124);
        WebElement saPhin = browser.findElement(By.cssSelector("svg.commune-map-svg a[data-commune='00733']"));
        assertThat(saPhin.findElement(By.tagName("title")).getAttribute("textContent")).startsWith("Xã Sà Phìn: ");
        // Coloured by its rate on a scale whose legend gives the values (steps of the 72 % target), the status as an
        // outline; on a laptop screen the map fits the window's height with its legend beside it.
        assertThat(saPhin.findElement(By.tagName("path")).getDomAttribute("class")).matches("map-step-(none|[0-4]) map-status-\\w+");
        assertThat(browser.findElements(By.cssSelector(".map-legend li")).stream().map(WebElement::getText).toList())
                .containsExactly("từ 72,0 % (đạt mục tiêu)", "64,8–72,0 %", "54,0–64,8 %", "36,0–54,0 %",
                        "0,0–36,0 %", "Chưa có số liệu", "Chậm so với lộ trình (viền)");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        long windowHeight = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        org.openqa.selenium.Rectangle map = browser.findElement(By.cssSelector("svg.commune-map-svg")).getRect();
        org.openqa.selenium.Rectangle legend = browser.findElement(By.cssSelector(".map-legend")).getRect();
        assertThat(map.getHeight()).isLessThanOrEqualTo((int) windowHeight);
        assertThat(legend.getX()).isGreaterThanOrEqualTo(map.getX() + map.getWidth());

        // A commune's bounding box overlaps its neighbours', so the click goes to the commune's own shape.
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))",
                saPhin.findElement(By.tagName("path")));

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("commune=00733"));
        assertThat(browser.findElement(By.cssSelector("h1 + p.lead")).getText()).startsWith("Xã Sà Phìn");
    }
}
