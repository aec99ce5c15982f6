package vn.tuyenquang.workforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, given explicitly so that nothing is downloaded.
 * Browser tests skip themselves, saying so, where the two are not installed.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String MISSING = "the browser tests need Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver)";

    private HeadlessChromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new browser whose downloads land in {@code downloads}. */
    public static WebDriver start(Path downloads) throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("tq-chromium-"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * A browser for each test of a class that registers it ({@code @RegisterExtension}): started before the test
     * (which is skipped, saying so, where Chromium is missing) with a download folder of its own, quit after it.
     */
    public static final class PerTest implements BeforeEachCallback, AfterEachCallback {

        private WebDriver browser;
        private Path downloads;

        @Override
        public void beforeEach(ExtensionContext context) throws IOException {
            assumeTrue(installed(), MISSING);
            downloads = Files.createTempDirectory("tq-downloads-");
            browser = start(downloads);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (browser != null) {
                browser.quit();
                browser = null;
            }
        }

        public WebDriver browser() {
            return browser;
        }

        public Path downloads() {
            return downloads;
        }
    }

    /**
     * Signs in through the login page of the application at {@code base}, and waits until the browser has left it: a
     * page asked for sooner would race the sign-in's answer, and go out with the session from before it.
     */
    public static void signIn(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(page -> !page.getCurrentUrl().contains("/login"));
    }
}
