package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * On a 390 px phone, every page a role reaches (its menu, and the pages of a centre's course and learner, an employer's
 * vacancy, its candidates and shortlist) fits the screen's width: the page does not scroll sideways, no table scrolls
 * inside its box, and every button, link-button and field of the page's content is within the screen.
 */
@IntegrationTest
@Import(TestAccounts.class)
class PhoneLayoutBrowserTest {

    static final int PHONE = 390;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    PersonRecords records;

    @Autowired
    Employers employers;

    @Autowired
    Shortlists shortlists;

    @RegisterExtension
    final HeadlessChromium.PerTest chromium = new HeadlessChromium.PerTest();

    @ParameterizedTest
    @EnumSource(value = Role.class)
    void noPageTheRoleReachesScrollsSidewaysOnAPhone(Role role) {
        // A centre with a course and a learner, and an employer's open vacancy with her on its shortlist.
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Kỹ thuật chế biến món ăn", "5120");
        LocalDate born = LocalDate.of(1998, 8, 18);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.FEMALE),
                "Hoàng Thị Phương Thảo", born, Sex.FEMALE, "02", "00694", "0912678345", LabourStatus.UNEMPLOYED),
                LocalDate.of(2026, 3, 3));
        records.setConsent(enrolment.personId(), true);
        // A name of one long word, as a typing slip makes it: it must break on the pages that show it (the audit trail).
        LocalDate other = LocalDate.of(1997, 7, 17);
        training.enrol(staff, course, new NewPerson(TestPeople.citizenId(other, Sex.MALE), "Hoàng" + "ư".repeat(100),
                other, Sex.MALE, "01", "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 3, 3));
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Phụ bếp nhà hàng khách sạn", "5120", "SO_CAP", "chế biến món ăn, vệ sinh an toàn thực phẩm", 3,
                6_000_000L, 8_000_000L, "00694", null, null, null, LocalDate.now().plusDays(30), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        shortlists.shortlist(employer, vacancy, enrolment.personId());

        CurrentUser user = switch (role) {
            case CENTRE_STAFF -> staff;
            case EMPLOYER -> employer;
            default -> accounts.create(role);
        };
        List<String> extra = switch (role) {
            case CENTRE_STAFF -> List.of("/training/courses/" + course, "/people/" + enrolment.personId(),
                    "/imports/graduates/" + centre, "/training/centres/" + centre);
            case EMPLOYER -> List.of("/vacancies/" + vacancy, "/vacancies/" + vacancy + "/candidates",
                    "/vacancies/" + vacancy + "/shortlist", "/employers/" + employer.employerId().orElseThrow());
            case DEPARTMENT, ADMIN -> List.of("/people/" + enrolment.personId(), "/training/courses/" + course,
                    "/indicators?commune=00694", "/people/conflicts", "/vacancies/" + vacancy);
            case COMMUNE_OFFICER -> List.of("/people/" + enrolment.personId(), "/indicators");
        };

        WebDriver browser = chromium.browser();
        browser.manage().window().setSize(new Dimension(PHONE, 860));
        String base = "http://localhost:" + port;
        HeadlessChromium.signIn(browser, base, user.getUsername(), TestAccounts.PASSWORD);
        Set<String> pages = new LinkedHashSet<>(List.of("/", "/status"));
        for (WebElement link : browser.findElements(By.cssSelector("#main-nav a[href^='/']"))) {
            pages.add(link.getDomAttribute("href"));
        }
        pages.addAll(extra);
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            browser.get(base + page);
            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    const width = window.innerWidth;
                    const outside = [...document.querySelectorAll(
                            'main button, main a.btn, main input:not([type=hidden]), main select, main textarea')]
                        .filter(e => { const r = e.getBoundingClientRect();
                                       return r.width > 0 && (r.left < -1 || r.right > width + 1); })
                        .map(e => e.outerHTML.slice(0, 100));
                    const scrolling = [...document.querySelectorAll('main .table-responsive, main table')]
                        .filter(box => box.scrollWidth > box.clientWidth + 1)
                        .map(box => box.outerHTML.slice(0, 100));
                    return {page: document.documentElement.scrollWidth, width: width, outside: outside,
                            scrolling: scrolling};""");
            if (((Number) layout.get("page")).intValue() > ((Number) layout.get("width")).intValue()) {
                found.add(page + ": the page is " + layout.get("page") + " px wide on a " + layout.get("width") + " px screen");
            }
            if (!((List<?>) layout.get("outside")).isEmpty()) {
                found.add(page + ": out of the screen " + layout.get("outside"));
            }
            if (!((List<?>) layout.get("scrolling")).isEmpty()) {
                found.add(page + ": scrolls sideways inside " + layout.get("scrolling"));
            }
        }
        assertThat(found).as("pages of " + role + " at " + PHONE + " px").isEmpty();
    }
}
