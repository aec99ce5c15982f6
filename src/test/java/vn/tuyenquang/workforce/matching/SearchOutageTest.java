package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestServers;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * With the search engine stopped, the four places that need it say so (503, in Vietnamese, with what still
 * works) instead of "unexpected error", and everything else keeps answering.
 */
@IntegrationTest
@Import(TestAccounts.class)
class SearchOutageTest {

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    Employers employers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void whileSearchIsDownItsPagesAnswer503SayingWhatStillWorksAndTheApiAProblemDetail() {
        assumeTrue(TestServers.elasticsearchIsLocal(), "only the local engine can be stopped by a test");
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1996, 6, 6);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Hà Văn Sáu", born, Sex.MALE, "02", "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2026, 1, 5));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 5));
        certificates.issue(staff, enrolment.id(), "SO-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 4, 6));
        UUID person = enrolment.personId();
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Thợ hàn",
                "7212", "SO_CAP", "Hàn ống", 2, 8_000_000L, 9_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(20), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        TestServers.whileElasticsearchIsStopped(() -> {
            for (MockHttpServletResponse page : new MockHttpServletResponse[]{
                    perform(get("/vacancies/{id}/candidates", vacancy).with(user(employer))),
                    perform(get("/people/{id}/vacancies", person).with(user(department))),
                    perform(get("/training/centres/{id}/vacancies", centre).with(user(staff)))}) {
                assertThat(page.getStatus()).isEqualTo(503);
                assertThat(content(page)).contains("tạm thời không hoạt động").contains("vẫn dùng bình thường")
                        .doesNotContain("ngoài dự kiến");
            }
            MockHttpServletResponse api = perform(get("/api/vacancies/{id}/candidates", vacancy).with(user(employer))
                    .accept(MediaType.APPLICATION_JSON));
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(content(api)).contains("\"code\":\"search.unavailable\"");
            // The rest of the application does not need the engine.
            assertThat(perform(get("/vacancies/{id}", vacancy).with(user(employer))).getStatus()).isEqualTo(200);
            assertThat(perform(get("/people/{id}", person).with(user(department))).getStatus()).isEqualTo(200);
        });
    }

    private MockHttpServletResponse perform(RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
