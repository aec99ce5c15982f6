package vn.tuyenquang.workforce.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.people.DeclaredQualification;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Candidate search for a wood-processing vacancy (ISCO 8172, sơ cấp at least, in Phường Hà Giang 1) over a
 * hand-built set in trades no other test uses, against the real Elasticsearch.
 *
 * <pre>
 * An    certificate 8172 sơ cấp, Hà Giang 1 (near)         found, first
 * Bình  declared 8172 trung cấp, Hà Giang 1                 found (declared, below An)
 * Giang certificate 8172 sơ cấp, Trường Sinh (≈150 km away) found, below An
 * Chi   certificate 8171 sơ cấp (same group 817)            found only when the search is widened
 * Dũng  course 8172 under 3 months (below sơ cấp)           never
 * Em    certificate 8172, outside the labour force          never
 * Phúc  certificate 8172, born 1955 (over working age)      never
 * Hạnh  certificate 8172, never consented                   never
 * Lan   certificate 8172, a woman, Trường Sinh              found, except for a vacancy restricted to men
 *                                                           with a recorded lawful reason
 * </pre>
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSearchTest {

    @Autowired
    PersonRecords records;

    @Autowired
    RegisterImports registerImports;

    @Autowired
    CandidateSearch search;

    @Autowired
    CandidateProjection projection;

    @Autowired
    Employers employers;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    PersonRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    MockMvc mvc;

    CurrentUser staff;
    CurrentUser employer;
    UUID vacancy;
    UUID centre;
    final Map<String, UUID> people = new java.util.HashMap<>();

    @BeforeAll
    void theCandidatesAndTheVacancy() throws Exception {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID wood = course("8172", "SO_CAP", "Vận hành máy bào gỗ");
        UUID pulp = course("8171", "SO_CAP", "Vận hành dây chuyền giấy");
        UUID shortWood = course("8172", "CONTINUING_UNDER_3M", "Bào gỗ cơ bản");

        certified("An", wood, 1995, "00694", LabourStatus.UNEMPLOYED, true);
        UUID binh = register.register(person("Bình", 1990, "00694", LabourStatus.UNEMPLOYED)).personId();
        registerImports.recordDeclarations(List.of(new DeclaredQualification(binh, "test-search/" + binh,
                "TRUNG_CAP", "8172", LocalDate.of(2015, 1, 1), 6)));
        records.setConsent(binh, true);
        people.put("Bình", binh);
        certified("Giang", wood, 1993, "02623", LabourStatus.EMPLOYED, true);
        certified("Chi", pulp, 1996, "00694", LabourStatus.UNEMPLOYED, true);
        certified("Dũng", shortWood, 1994, "00694", LabourStatus.UNEMPLOYED, true);
        certified("Em", wood, 1992, "00694", LabourStatus.OUTSIDE_LABOUR_FORCE, true);
        certified("Phúc", wood, 1955, "00694", LabourStatus.UNEMPLOYED, true);
        certified("Hạnh", wood, 1991, "00694", LabourStatus.UNEMPLOYED, false);
        certified("Lan", wood, person("Lan", 1997, "02623", LabourStatus.UNEMPLOYED, Sex.FEMALE), true);

        employer = accounts.create(Role.EMPLOYER);
        UUID employerId = employer.employerId().orElseThrow();
        vacancy = employers.createVacancy(employer, employerId, new NewVacancy("Công nhân vận hành máy chế biến gỗ",
                "8172", "SO_CAP", "vận hành máy bào", 10, 7_000_000L, 9_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(30), null, null)).id();
        projection.sync();
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
    }

    @Test
    void noCandidateBreaksAHardFilter() {
        List<CandidateMatch> found = search.forVacancy(employer, vacancy, false, 50);

        assertThat(found).extracting(CandidateMatch::personId)
                .containsExactlyInAnyOrder(id("An"), id("Bình"), id("Giang"), id("Lan"));
        assertThat(found).allSatisfy(c -> assertThat(c.occupationMatch()).isEqualTo("EXACT"));
    }

    @Test
    void aVacancyRestrictedToOneSexWithALawfulReasonFindsNobodyOfTheOther() throws Exception {
        UUID restricted = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ bào gỗ trong hầm lò", "8172", "SO_CAP", "vận hành máy bào", 3, 8_000_000L, 9_000_000L, "00694",
                null, null, null, LocalDate.now().plusDays(30), Sex.MALE, "Công việc trong hầm lò")).id();

        assertThat(search.forVacancy(employer, restricted, true, 50)).extracting(CandidateMatch::personId)
                .containsExactlyInAnyOrder(id("An"), id("Bình"), id("Giang"), id("Chi"));
        String page = mvc.perform(get("/vacancies/{id}/candidates", restricted).with(user(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vị trí này chỉ tuyển Nam, theo lý do hợp pháp doanh nghiệp đã ghi: “Công việc trong hầm lò”.")
                .doesNotContain("Không lọc hay xếp hạng theo dân tộc hoặc giới tính.");
        assertThat(mvc.perform(get("/vacancies/{id}/candidates", vacancy).with(user(employer))).andReturn().getResponse()
                .getContentAsString()).contains("Không lọc hay xếp hạng theo dân tộc hoặc giới tính.");
    }

    @Test
    void theExactNearVerifiedCandidateComesFirstAndExplainsWhy() {
        List<CandidateMatch> found = search.forVacancy(employer, vacancy, false, 50);

        CandidateMatch first = found.get(0);
        assertThat(first.personId()).isEqualTo(id("An"));
        assertThat(first.maskedName()).isEqualTo("N. V. An");
        assertThat(first.verified()).isTrue();
        assertThat(first.level()).isEqualTo("SO_CAP");
        assertThat(first.distanceKm()).isZero();
        assertThat(first.matchedSkills()).containsExactly("«Vận» «hành» «máy» «bào» gỗ");
        CandidateMatch binh = found.stream().filter(c -> c.personId().equals(id("Bình"))).findFirst().orElseThrow();
        assertThat(binh.verified()).isFalse();
        CandidateMatch giang = found.stream().filter(c -> c.personId().equals(id("Giang"))).findFirst().orElseThrow();
        assertThat(giang.distanceKm()).isGreaterThan(100);
        assertThat(found.indexOf(giang)).isGreaterThan(0);
    }

    @Test
    void wideningToTheOccupationGroupAddsItsOtherTrades() throws Exception {
        List<CandidateMatch> found = search.forVacancy(employer, vacancy, true, 50);

        assertThat(found).extracting(CandidateMatch::personId).contains(id("Chi"))
                .doesNotContain(id("Dũng"), id("Em"), id("Phúc"), id("Hạnh"));
        assertThat(found).filteredOn(c -> c.personId().equals(id("Chi"))).singleElement()
                .satisfies(c -> assertThat(c.occupationMatch()).isEqualTo("GROUP"));
        // The page names the occupations in Vietnamese (VSCO 2020); group 817 has no sourced title, so its code alone.
        mvc.perform(get("/vacancies/{id}/candidates", vacancy).param("widen", "true").with(user(employer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thợ vận hành máy nghiền bột giấy và làm giấy")))
                .andExpect(content().string(containsString("Cùng nhóm nghề 817")));
    }

    @Test
    void filtersNarrowTheListAndTheTotalCountsWhatTheyLeave() throws Exception {
        // Trường Sinh is where Giang and Lan live, about 150 km from the workplace.
        CandidatePage inTruongSinh = search.find(employer, vacancy, query("02623", null, null, false, CandidateOrder.BEST, 0, 20));
        assertThat(inTruongSinh.candidates()).extracting(CandidateMatch::personId).containsExactlyInAnyOrder(id("Giang"), id("Lan"));
        assertThat(inTruongSinh.total()).isEqualTo(2);
        assertThat(search.find(employer, vacancy, query(null, 25, null, false, CandidateOrder.BEST, 0, 20)).candidates())
                .extracting(CandidateMatch::personId).contains(id("An"), id("Bình")).doesNotContain(id("Giang"), id("Lan"));
        // Only a centre's certificate: Bình declared his in a survey.
        assertThat(search.find(employer, vacancy, query(null, null, null, true, CandidateOrder.BEST, 0, 20)).candidates())
                .extracting(CandidateMatch::personId).contains(id("An"), id("Giang"), id("Lan")).doesNotContain(id("Bình"));
        // At least trung cấp: only Bình's qualification is that high; a level below the vacancy's loosens nothing.
        assertThat(search.find(employer, vacancy, query(null, null, "TRUNG_CAP", false, CandidateOrder.BEST, 0, 20)).candidates())
                .extracting(CandidateMatch::personId).containsExactly(id("Bình"));
        assertThat(search.find(employer, vacancy, query(null, null, "CONTINUING_UNDER_3M", false, CandidateOrder.BEST, 0, 20)).candidates())
                .extracting(CandidateMatch::personId).doesNotContain(id("Dũng"));

        mvc.perform(get("/vacancies/{id}/candidates", vacancy).param("commune", "02623").with(user(employer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tìm thấy 2 ứng viên")))
                .andExpect(content().string(containsString("<option value=\"02623\" selected=\"selected\">")));
        // A distance that is not a number is a bad request, not a failure.
        mvc.perform(get("/vacancies/{id}/candidates", vacancy).param("withinKm", "xa").with(user(employer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListIsOrderedAsChosenAndPagedWithoutLosingOrRepeatingAnyone() throws Exception {
        // The index has heard of every change of consent, so the total and the pages agree.
        projection.sync();
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        List<CandidateMatch> nearest = search.find(employer, vacancy, query(null, null, null, false, CandidateOrder.NEAREST, 0, 50))
                .candidates();
        assertThat(nearest).extracting(CandidateMatch::distanceKm).isSorted();
        assertThat(nearest.get(nearest.size() - 1).distanceKm()).isGreaterThan(100);
        // Bình's qualification dates from 2015, everyone else's from 2025: most recently trained puts him last.
        List<CandidateMatch> recent = search.find(employer, vacancy, query(null, null, null, false, CandidateOrder.RECENT, 0, 50))
                .candidates();
        assertThat(recent.get(recent.size() - 1).personId()).isEqualTo(id("Bình"));

        CandidatePage all = search.find(employer, vacancy, query(null, null, null, false, CandidateOrder.BEST, 0, 50));
        CandidatePage first = search.find(employer, vacancy, query(null, null, null, false, CandidateOrder.BEST, 0, 2));
        CandidatePage second = search.find(employer, vacancy, query(null, null, null, false, CandidateOrder.BEST, 1, 2));
        assertThat(first.total()).isEqualTo(all.total()).isEqualTo(all.candidates().size());
        assertThat(first.pages()).isEqualTo((int) (all.total() + 1) / 2);
        assertThat(java.util.stream.Stream.concat(first.candidates().stream(), second.candidates().stream())
                .map(CandidateMatch::personId).toList())
                .containsExactlyElementsOf(all.candidates().stream().limit(4).map(CandidateMatch::personId).toList());

        mvc.perform(get("/vacancies/{id}/candidates", vacancy).param("order", "NEAREST").with(user(employer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xếp theo khoảng cách từ trung tâm xã nơi ở đến nơi làm việc")));
    }

    private static CandidateQuery query(String commune, Integer withinKm, String minLevel, boolean verifiedOnly,
                                        CandidateOrder order, int page, int size) {
        return new CandidateQuery(false, commune, withinKm, minLevel, verifiedOnly, order, page, size);
    }

    @Test
    void skillsTypedWithoutAccentsStillMatch() {
        UUID unaccented = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ máy bào", "8172", "SO_CAP", "van hanh may bao", 2, 7_000_000L, 8_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(30), null, null)).id();

        CandidateMatch first = search.forVacancy(employer, unaccented, false, 10).get(0);
        assertThat(first.personId()).isEqualTo(id("An"));
        assertThat(first.matchedSkills()).containsExactly("«van» «hanh» «may» «bao» go");
    }

    @Test
    void aWithdrawnConsentCountsAtOnceEvenBeforeTheIndexHearsOfIt() {
        UUID dropped = certifiedNow("Khánh");
        assertThat(search.forVacancy(employer, vacancy, false, 50)).extracting(CandidateMatch::personId).contains(dropped.toString());

        records.setConsent(dropped, false);

        assertThat(search.forVacancy(employer, vacancy, false, 50)).extracting(CandidateMatch::personId)
                .doesNotContain(dropped.toString());
    }

    @Test
    void anotherEmployerCannotSearchForThisVacancy() throws Exception {
        CurrentUser other = accounts.create(Role.EMPLOYER);
        assertThatThrownBy(() -> search.forVacancy(other, vacancy, false, 10)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/vacancies/{id}/candidates", vacancy).with(user(other))).andExpect(status().isForbidden());
    }

    @Test
    void theEmployerSeesMaskedProfilesWithoutCitizenIdPhoneOrFullName() throws Exception {
        String page = mvc.perform(get("/vacancies/{id}/candidates", vacancy).with(user(employer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("N. V. An", "Đúng nghề", "Có chứng chỉ (đã xác thực)", "Tự khai", "0 km",
                "«Vận» «hành» «máy» «bào» gỗ");
        assertThat(page).doesNotContain("Nguyễn Văn An", "Nguyễn Văn Bình", register.find(people.get("An"))
                .orElseThrow().citizenId().value());
    }

    @Test
    void theApiAnswersTheSameMaskedCandidatesAndNothingPersonal() throws Exception {
        String json = mvc.perform(get("/api/vacancies/{id}/candidates", vacancy)
                        .with(httpBasic(employer.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].maskedName").value("N. V. An"))
                .andExpect(jsonPath("$.candidates[0].occupationMatch").value("EXACT"))
                .andExpect(jsonPath("$.candidates[0].verified").value(true))
                .andExpect(jsonPath("$.candidates[0].distanceKm").value(0))
                .andExpect(jsonPath("$.candidates[0].matchedSkills[0]").value("«Vận» «hành» «máy» «bào» gỗ"))
                .andReturn().getResponse().getContentAsString();

        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(json, "$.candidates[*].personId"))
                .containsExactlyInAnyOrderElementsOf(search.forVacancy(employer, vacancy, false, 50).stream()
                        .map(CandidateMatch::personId).toList());
        for (UUID person : people.values()) {
            vn.tuyenquang.workforce.people.Person p = register.find(person).orElseThrow();
            assertThat(json).doesNotContain(p.citizenId().value(), p.fullName());
        }
        assertThat(json).doesNotContainIgnoringCase("phone").doesNotContainIgnoringCase("citizen")
                .doesNotContain("ethnic");
    }

    private UUID certifiedNow(String name) {
        try {
            UUID id = certified(name, course("8172", "SO_CAP", "Vận hành máy ghép gỗ"), 1990, "00694",
                    LabourStatus.UNEMPLOYED, true);
            projection.sync();
            client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String id(String name) {
        return people.get(name).toString();
    }

    private UUID course(String occupation, String level, String name) {
        return training.createCourse(staff, centre, new NewCourse("S-" + UUID.randomUUID().toString().substring(0, 8),
                name, occupation, level, "SO_CAP".equals(level) ? 3 : 1, true)).id();
    }

    private UUID certified(String name, UUID course, int born, String commune, LabourStatus status, boolean consent) {
        return certified(name, course, person(name, born, commune, status, Sex.MALE), consent);
    }

    private UUID certified(String name, UUID course, NewPerson person, boolean consent) {
        Enrolment enrolment = training.enrol(staff, course, person, LocalDate.of(2025, 3, 1));
        training.complete(staff, enrolment.id(), LocalDate.of(2025, 6, 1));
        certificates.issue(staff, enrolment.id(), "SR-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2025, 6, 2));
        if (consent) {
            records.setConsent(enrolment.personId(), true);
        }
        people.put(name, enrolment.personId());
        return enrolment.personId();
    }

    private static NewPerson person(String name, int born, String commune, LabourStatus status) {
        return person(name, born, commune, status, Sex.MALE);
    }

    private static NewPerson person(String name, int born, String commune, LabourStatus status, Sex sex) {
        LocalDate birth = LocalDate.of(born, 5, 5);
        return new NewPerson(TestPeople.citizenId(birth, sex), (sex == Sex.MALE ? "Nguyễn Văn " : "Nguyễn Thị ") + name,
                birth, sex, "02", commune, null, status);
    }
}
