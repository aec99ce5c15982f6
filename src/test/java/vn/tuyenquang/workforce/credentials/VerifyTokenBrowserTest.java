package vn.tuyenquang.workforce.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.TestCertificates;

/**
 * An employer checks a learner's certificate on a phone (390 px), without signing in: the QR code's token, pasted, is
 * verified in the browser and shows the holder's full name; with the network cut, the signature still verifies and the
 * page says the revocation could not be checked; an altered token is refused. Skipped, saying so, without Chromium.
 */
@IntegrationTest
@Import({TestAccounts.class, TestCertificates.class})
class VerifyTokenBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCertificates issued;

    @Autowired
    Credentials credentials;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @Test
    void aPastedTokenVerifiesInThePhonesBrowserAndStillVerifiesOffline() {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1997, 10, 11);
        Certificate certificate = issued.certify(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Sầm Văn Khởi", born, Sex.MALE, "02", "00691", null, LabourStatus.EMPLOYED), LocalDate.of(2026, 5, 2));
        String token = credentials.of(staff, certificate.id()).qrToken();

        WebDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/verify");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The page fetched and kept the department's keys.
        wait.until(b -> ((JavascriptExecutor) b).executeScript(
                "return window.localStorage.getItem('tq-workforce-department-keys')") != null);

        String valid = check(browser, wait, token);
        assertThat(valid).contains("Chứng chỉ hợp lệ");
        assertThat(browser.findElement(By.id("token-result")).getText()).contains("Sầm Văn Khởi").contains("1997")
                .contains("7212").contains(certificate.number());
        assertPageFitsThePhone(browser);

        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        String offline = check(browser, wait, token);
        assertThat(offline).contains("Chữ ký của Sở đúng").contains("Chưa kiểm tra được chứng chỉ có bị thu hồi không");
        assertThat(browser.findElement(By.id("token-result")).getText()).contains("Sầm Văn Khởi");

        String altered = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        assertThat(check(browser, wait, altered)).contains("Chữ ký không hợp lệ");
        assertThat(browser.findElement(By.id("token-result")).getText()).doesNotContain("Sầm Văn Khởi");
        assertPageFitsThePhone(browser);
    }

    private static String check(WebDriver browser, WebDriverWait wait, String token) {
        WebElement input = browser.findElement(By.id("token"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; "
                + "document.getElementById('token-result').replaceChildren();", input, token);
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#token-result [role=status]")))
                .getText();
    }

    private static void assertPageFitsThePhone(WebDriver browser) {
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("the page is as wide as the phone, a long token included").isLessThanOrEqualTo(390);
    }
}
