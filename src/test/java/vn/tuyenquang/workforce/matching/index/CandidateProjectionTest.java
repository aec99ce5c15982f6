package vn.tuyenquang.workforce.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Import;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterEntry;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.people.SurveyedStatus;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestServers;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** The candidates index follows the register against the real Elasticsearch, with consent and privacy. */
@IntegrationTest
@Import(TestAccounts.class)
class CandidateProjectionTest {

    @Autowired
    PersonRecords records;

    @Autowired
    RegisterImports registerImports;

    @Autowired
    RegisterReads reads;

    @Autowired
    CandidateProjection projection;

    @Autowired
    VacancyProjection vacancies;

    @Autowired
    SearchOutbox outbox;

    @Autowired
    vn.tuyenquang.workforce.employers.Employers employers;

    @Autowired
    PersonRegister register;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    vn.tuyenquang.workforce.search.SearchIndexes indexes;

    @Autowired
    ElasticsearchConnectionDetails elasticsearch;

    String citizenId;
    UUID person;

    @BeforeEach
    void aCertifiedWelder() {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1997, 7, 7);
        citizenId = TestPeople.citizenId(born, Sex.MALE);
        Enrolment enrolment = training.enrol(staff, course, new NewPerson(citizenId, "Nguyễn Văn Hàn", born, Sex.MALE, "02",
                "00694", "0987654321", LabourStatus.UNEMPLOYED), LocalDate.of(2026, 1, 5));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 5));
        certificates.issue(staff, enrolment.id(), "CP-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 4, 6));
        person = enrolment.personId();
    }

    @Test
    void onlyAPersonWhoConsentedIsIndexedAndNeverWithTheirCitizenIdOrPhone() throws Exception {
        projection.sync();
        assertThat(rawDocument()).isNull();

        records.setConsent(person, true);
        projection.sync();

        String json = rawDocument();
        assertThat(json).contains("\"maskedName\":\"N. V. Hàn\"", "\"skills\":\"Hàn điện\"", "\"skillsFolded\":\"han dien\"",
                "\"occupationCode\":\"7212\"", "\"verified\":true", "\"communeCode\":\"00694\"");
        assertThat(json).doesNotContain(citizenId, "0987654321", "Nguyễn Văn Hàn", "ethnic");
    }

    @Test
    void rowsQueuedBeforeTheIndexesExistAreSearchableOnceTheyDo() throws Exception {
        java.util.Set<String> behindAlias = client.indices().getAlias(a -> a.name(CandidateProjection.ALIAS)).result()
                .keySet();
        try {
            // A fresh start: no candidates index or alias exists yet, and the outbox has rows. The row is queued after
            // the index is gone, so that the scheduled sync (every 5 s) cannot send it first and leave nothing to fail.
            client.indices().delete(d -> d.index(List.copyOf(behindAlias)));
            records.setConsent(person, true);
            assertThatThrownBy(projection::sync).isInstanceOf(IOException.class);
            assertThat(outbox.waiting(SearchOutbox.Kind.CANDIDATE, Integer.MAX_VALUE))
                    .anySatisfy(queued -> assertThat(queued.recordId()).isEqualTo(person));

            indexes.createMissingIndexes();
            projection.sync();

            assertThat(rawDocument()).contains("\"occupationCode\":\"7212\"");
        } finally {
            // The other tests share this index: everything the outbox still remembers goes back into it.
            indexes.createMissingIndexes();
            projection.catchUp(CandidateProjection.ALIAS, Instant.EPOCH);
        }
    }

    @Test
    void changesMadeWhileElasticsearchIsStoppedReachBothIndexesWhenItStartsAgain() throws Exception {
        assumeTrue(TestServers.elasticsearchIsLocal(), "only the local engine can be stopped by a test");
        records.setConsent(person, true);
        projection.sync();
        assertThat(rawDocument()).contains("\"communeCode\":\"00694\"");
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Thợ hàn ống",
                "7212", "SO_CAP", "Hàn ống", 2, 8_000_000L, 9_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(20), null, null)).id();
        vacancies.sync();
        assertThat(vacancyStatus(vacancy)).isEqualTo("DRAFT");

        TestServers.whileElasticsearchIsStopped(() -> {
            // The register and the employers work as ever; the changes wait in the outboxes, written in their own transactions.
            assertThat(registerImports.updateFromSurvey(List.of(
                    new SurveyedStatus(person, "02623", LabourStatus.EMPLOYED)), java.util.Map.of(), LocalDate.now()).changed())
                    .containsExactly(person);
            employers.move(employer, vacancy, Vacancy.Status.OPEN);
            assertThatThrownBy(projection::sync).isInstanceOf(IOException.class);
            assertThatThrownBy(vacancies::sync).isInstanceOf(IOException.class);
            assertThat(outbox.waiting(SearchOutbox.Kind.CANDIDATE, Integer.MAX_VALUE))
                    .anySatisfy(queued -> assertThat(queued.recordId()).isEqualTo(person));
        });

        projection.sync();
        vacancies.sync();
        assertThat(rawDocument()).contains("\"communeCode\":\"02623\"").doesNotContain("00694");
        assertThat(outbox.waiting(SearchOutbox.Kind.CANDIDATE, Integer.MAX_VALUE))
                .noneSatisfy(queued -> assertThat(queued.recordId()).isEqualTo(person));
        assertThat(vacancyStatus(vacancy)).isEqualTo("OPEN");
    }

    private String vacancyStatus(UUID vacancy) throws IOException {
        return client.get(g -> g.index(VacancyProjection.ALIAS).id(vacancy.toString()), VacancyDocument.class)
                .source().status();
    }

    @Test
    void aCompletedCourseAddsToTheSkillsEmployersSearch() throws Exception {
        records.setConsent(person, true);
        projection.sync();
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Vận hành máy ghép gỗ", "8172");
        Enrolment second = training.enrol(staff, course, new NewPerson(citizenId, "Nguyễn Văn Hàn",
                LocalDate.of(1997, 7, 7), Sex.MALE, "02", "00694", "0987654321", LabourStatus.UNEMPLOYED),
                LocalDate.of(2026, 5, 5));
        training.complete(staff, second.id(), LocalDate.of(2026, 8, 5));

        projection.sync();
        assertThat(rawDocument()).contains("Vận hành máy ghép gỗ", "van hanh may ghep go");
    }

    @Test
    void withdrawingConsentRemovesTheCandidate() throws Exception {
        records.setConsent(person, true);
        projection.sync();
        assertThat(rawDocument()).isNotNull();

        records.setConsent(person, false);
        projection.sync();
        assertThat(rawDocument()).isNull();
    }

    @Test
    void aStaleWriteNeverOverwritesANewerOne() throws Exception {
        records.setConsent(person, true);
        projection.sync();
        String current = rawDocument();

        RegisterEntry entry = reads.findableChangedSince(Instant.EPOCH, null, Integer.MAX_VALUE).stream()
                .filter(e -> e.person().id().equals(person)).findFirst().orElseThrow();
        CandidateDocument stale = projection.document(new RegisterEntry(entry.person(), List.of(),
                entry.updatedAt().minusSeconds(60)), List.of("Nghề cũ"));
        long staleVersion = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(stale.updatedAt()));
        var response = client.bulk(b -> b.operations(o -> o.index(i -> i.index(CandidateProjection.ALIAS)
                .id(person.toString()).version(staleVersion).versionType(VersionType.External).document(stale))));

        assertThat(response.items().get(0).status()).isEqualTo(409);
        assertThat(rawDocument()).isEqualTo(current);
    }

    /** The document's source as Elasticsearch returns it, or null when there is none. */
    private String rawDocument() throws IOException, InterruptedException {
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        var node = elasticsearch.getNodes().get(0);
        String base = "http://" + node.hostname() + ":" + node.port();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/" + CandidateProjection.ALIAS + "/_source/" + person)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? null : response.body();
    }
}
