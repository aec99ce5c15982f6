package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.matching.index.VacancyDocument;
import vn.tuyenquang.workforce.matching.index.VacancyProjection;
import vn.tuyenquang.workforce.IntegrationTest;
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
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Open vacancies for a person and for a centre's graduates, on a hand-built set in the mechanics group 723
 * (no other test uses it), against the real Elasticsearch. Tuấn, a man in Phường Hà Giang 1, holds the
 * centre's certificate in 7231 (motor vehicle mechanics, sơ cấp).
 *
 * <pre>
 * A  7231 sơ cấp, Hà Giang 1, skills name his course           Tuấn: first (exact, certificate, 0 km)
 * C  7233 sơ cấp, Hà Giang 1                                    Tuấn: found, same group only
 * F  7231 sơ cấp, Trường Sinh (≈150 km)                          Tuấn: found, below A
 * B  7231, cao đẳng at least                                    never (asks more than he holds)
 * D  7231 sơ cấp, closed                                        never
 * G  7231 sơ cấp, still a draft                                 never
 * E  7231 sơ cấp, women only with a lawful reason               not for Tuấn; for the centre, with its reason
 * </pre>
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacancySearchTest {

    @Autowired
    VacancySearch search;

    @Autowired
    VacancyProjection projection;

    @Autowired
    Employers employers;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    MockMvc mvc;

    @Autowired
    JobExplorer explorer;

    CurrentUser department;
    CurrentUser staff;
    CurrentUser employer;
    UUID centre;
    UUID tuan;
    UUID a;
    UUID c;
    UUID e;
    UUID f;

    @BeforeAll
    void theVacanciesAndTuan() throws Exception {
        department = accounts.create(Role.DEPARTMENT);
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = training.createCourse(staff, centre, new NewCourse("OTO-" + UUID.randomUUID().toString().substring(0, 6),
                "Sửa chữa ô tô", "7231", "SO_CAP", 3, true)).id();
        LocalDate born = LocalDate.of(1996, 4, 4);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                "Hoàng Văn Tuấn", born, Sex.MALE, "01", "00694", null, LabourStatus.UNEMPLOYED), LocalDate.of(2025, 2, 1));
        training.complete(staff, enrolment.id(), LocalDate.of(2025, 5, 1));
        certificates.issue(staff, enrolment.id(), "OT-" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2025, 5, 2));
        tuan = enrolment.personId();

        employer = accounts.create(Role.EMPLOYER);
        a = open(vacancy("Thợ sửa chữa ô tô", "7231", "SO_CAP", "Sửa chữa ô tô, bảo dưỡng động cơ", "00694", null, null));
        c = open(vacancy("Thợ sửa máy cày", "7233", "SO_CAP", "Sửa máy nông nghiệp", "00694", null, null));
        f = open(vacancy("Thợ máy ô tô (Trường Sinh)", "7231", "SO_CAP", "Bảo dưỡng xe", "02623", null, null));
        open(vacancy("Kỹ thuật viên ô tô", "7231", "CAO_DANG", "Chẩn đoán điện tử ô tô", "00694", null, null));
        UUID d = open(vacancy("Thợ gầm ô tô", "7231", "SO_CAP", "Sửa gầm", "00694", null, null));
        employers.move(employer, d, Vacancy.Status.CLOSED);
        vacancy("Thợ lốp", "7231", "SO_CAP", "Vá lốp", "00694", null, null);
        e = open(vacancy("Thợ rửa xe", "7231", "SO_CAP", "Rửa xe, chăm sóc nội thất", "00694", Sex.FEMALE,
                "Chăm sóc nội thất xe theo yêu cầu của khách hàng nữ"));
        projection.sync();
        client.indices().refresh(r -> r.index(VacancyProjection.ALIAS));
    }

    @Test
    void aPersonIsOfferedOnlyOpenVacanciesTheirQualificationMeetsTheExactNearestFirst() {
        List<VacancyMatch> found = search.forPerson(department, tuan, 30).openings();

        assertThat(found).extracting(m -> m.vacancy().id()).containsExactlyInAnyOrder(a, c, f);
        VacancyMatch first = found.get(0);
        assertThat(first.vacancy().id()).isEqualTo(a);
        assertThat(first.occupationMatch()).isEqualTo("EXACT");
        assertThat(first.verified()).isTrue();
        assertThat(first.matchedBy()).isEqualTo("Sơ cấp");
        assertThat(first.distanceKm()).isZero();
        assertThat(first.matchedSkills()).containsExactly("«Sửa» «chữa» «ô» «tô», bảo dưỡng động cơ");
        assertThat(found).filteredOn(m -> m.vacancy().id().equals(c)).singleElement()
                .satisfies(m -> assertThat(m.occupationMatch()).isEqualTo("GROUP"));
        assertThat(found).filteredOn(m -> m.vacancy().id().equals(f)).singleElement()
                .satisfies(m -> assertThat(m.distanceKm()).isGreaterThan(100));
    }

    @Test
    void aCentreIsOfferedTheVacanciesItsCoursesFitWithTheRestrictionAndItsReasonShown() throws Exception {
        List<VacancyMatch> found = search.forCentre(staff, centre, 30).openings();

        assertThat(found).extracting(m -> m.vacancy().id()).containsExactlyInAnyOrder(a, c, e, f);
        assertThat(found.get(0).vacancy().id()).isEqualTo(a);
        assertThat(found.get(0).matchedBy()).isEqualTo("Sửa chữa ô tô");
        assertThat(found.get(0).graduates()).isEqualTo(1);

        String page = mvc.perform(get("/training/centres/{id}/vacancies", centre).with(user(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thợ sửa chữa ô tô", "Khóa học phù hợp: Sửa chữa ô tô (nghề 7231)",
                "1 học viên đã hoàn thành", "Chỉ tuyển Nữ. Lý do hợp pháp: Chăm sóc nội thất xe theo yêu cầu của khách hàng nữ");
    }

    @Test
    void thePersonPageOfVacanciesExplainsEachOne() throws Exception {
        String page = mvc.perform(get("/people/{id}/vacancies", tuan).with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Việc làm đang tuyển phù hợp với Hoàng Văn Tuấn", "Thợ sửa chữa ô tô", "Đúng nghề",
                "Cùng nhóm nghề", "Trình độ phù hợp: Sơ cấp, nghề 7231", "Có chứng chỉ (đã xác thực)", "· cách 0 km",
                "«Sửa» «chữa» «ô» «tô», bảo dưỡng động cơ", "7.000.000 – 9.000.000 đồng/tháng")
                .doesNotContain("Thợ rửa xe", "Kỹ thuật viên ô tô", "Thợ gầm ô tô", "Thợ lốp");
    }

    @Test
    void aVacancyFilledIsOfferedNoMoreAtOnceAndTheIndexFollows() throws Exception {
        UUID filled = open(vacancy("Thợ điện ô tô", "7231", "SO_CAP", "Điện ô tô", "00694", null, null));
        projection.sync();
        client.indices().refresh(r -> r.index(VacancyProjection.ALIAS));
        assertThat(search.forPerson(department, tuan, 30).openings()).extracting(m -> m.vacancy().id()).contains(filled);

        employers.move(employer, filled, Vacancy.Status.FILLED);
        assertThat(search.forPerson(department, tuan, 30).openings()).extracting(m -> m.vacancy().id()).doesNotContain(filled);

        projection.sync();
        assertThat(client.get(g -> g.index(VacancyProjection.ALIAS).id(filled.toString()), VacancyDocument.class)
                .source().status()).isEqualTo("FILLED");
    }

    @Test
    void theVacanciesIndexIsRebuiltBehindItsAliasAndStillOffersTheSameVacancies() throws Exception {
        List<UUID> before = search.forPerson(department, tuan, 30).openings().stream().map(m -> m.vacancy().id()).toList();
        Set<String> old = client.indices().getAlias(g -> g.name(VacancyProjection.ALIAS)).result().keySet();
        mvc.perform(post("/api/search/vacancies/reindex").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}").with(user(department))).andExpect(status().isForbidden());

        String started = mvc.perform(post("/api/search/vacancies/reindex").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}").with(user(accounts.create(Role.ADMIN))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(started, "$.execution")).longValue();
        JobExecution execution = explorer.getJobExecution(id);
        for (int i = 0; i < 600 && execution.isRunning(); i++) {
            Thread.sleep(100);
            execution = explorer.getJobExecution(id);
        }

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Set<String> now = client.indices().getAlias(g -> g.name(VacancyProjection.ALIAS)).result().keySet();
        assertThat(now).singleElement().asString().startsWith("vacancies-v1-");
        assertThat(now).doesNotContainAnyElementsOf(old);
        assertThat(search.forPerson(department, tuan, 30).openings()).extracting(m -> m.vacancy().id())
                .containsExactlyElementsOf(before);
    }

    @Test
    void anotherCentresStaffCannotSeeThisCentresOpenings() {
        CurrentUser other = accounts.create(Role.CENTRE_STAFF);
        assertThatThrownBy(() -> search.forCentre(other, centre, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private UUID vacancy(String title, String occupation, String level, String skills, String commune, Sex sex,
                         String reason) {
        return employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(title, occupation,
                level, skills, 3, 7_000_000L, 9_000_000L, commune, null, null, null, LocalDate.now().plusDays(30), sex,
                reason)).id();
    }

    private UUID open(UUID vacancy) {
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        return vacancy;
    }
}
