package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * Every page a role reaches from its menu, checked with axe-core (WCAG 2.1 A and AA rules) in a real Chromium, on a
 * desktop screen and on a 320 px one: no critical or serious violation.
 */
@IntegrationTest
@Import(TestAccounts.class)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @ParameterizedTest
    @EnumSource(value = Role.class)
    void everyPageTheRoleReachesHasNoCriticalOrSeriousViolation(Role role) {
        CurrentUser user = accounts.create(role);
        WebDriver browser = chromium.browser();
        String base = "http://localhost:" + port;
        List<String> found = new ArrayList<>();
        for (int width : new int[]{1280, 320}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            HeadlessChromium.signIn(browser, base, user.getUsername(), TestAccounts.PASSWORD);
            Set<String> pages = new LinkedHashSet<>(List.of("/", "/status"));
            for (WebElement link : browser.findElements(By.cssSelector("#main-nav a[href^='/']"))) {
                pages.add(link.getDomAttribute("href"));
            }
            for (String page : pages) {
                browser.get(base + page);
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser);
                for (Rule violation : results.getViolations()) {
                    if ("critical".equals(violation.getImpact()) || "serious".equals(violation.getImpact())) {
                        found.add(width + " px " + page + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                                + violation.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
            }
            browser.manage().deleteAllCookies();
        }
        assertThat(found).as("accessibility violations for " + role).isEmpty();
    }
}
