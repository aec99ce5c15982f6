package vn.tuyenquang.workforce.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterEntry;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** Rebuilding the candidates index into a new index behind the alias, while searches keep answering. */
@IntegrationTest
@Import(TestAccounts.class)
class CandidateReindexTest {

    @Autowired
    PersonRecords records;

    @Autowired
    RegisterReads reads;

    @Autowired
    MockMvc mvc;

    @Autowired
    CandidateProjection projection;

    @Autowired
    PersonRegister register;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    JobExplorer explorer;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theRegisterIsReadInPagesThatNeitherSkipNorRepeatPersonsChangedAtTheSameInstant() {
        List<UUID> consenting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID person = register.register(TestPeople.person("Lý Văn Trang " + i, LocalDate.of(1991 + i, 2, 2),
                    Sex.MALE)).personId();
            records.setConsent(person, true);
            consenting.add(person);
        }
        // One instant for all five (as a bulk change gives), later than anything else in the register.
        java.time.Instant instant = java.time.Instant.parse("2099-01-01T00:00:00Z");
        jdbc.sql("update person set updated_at = :at where id in (:ids)").param("at", java.sql.Timestamp.from(instant))
                .param("ids", consenting).update();

        List<UUID> read = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<RegisterEntry> page = reads.findableChangedSince(instant, after, 2);
            page.forEach(e -> read.add(e.person().id()));
            if (page.size() < 2) {
                break;
            }
            after = page.get(page.size() - 1).person().id();
        }

        // PostgreSQL orders UUIDs byte by byte, as their text sorts (java.util.UUID compares signed halves).
        assertThat(read).containsExactlyElementsOf(consenting.stream()
                .sorted(java.util.Comparator.comparing(UUID::toString)).toList());
    }

    @Test
    void theIndexIsRebuiltAndTheAliasMovedWhileSearchesKeepAnswering() throws Exception {
        List<UUID> consenting = new ArrayList<>();
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        for (int i = 0; i < 5; i++) {
            UUID person = training.enrol(staff, course, TestPeople.person("Hoàng Văn Tái " + i,
                    LocalDate.of(1990 + i, 3, 3), Sex.MALE), LocalDate.of(2026, 1, 5)).personId();
            records.setConsent(person, true);
            consenting.add(person);
        }
        projection.sync();
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        Set<String> before = indexesBehindAlias();
        long findable = count();
        assertThat(findable).isGreaterThanOrEqualTo(consenting.size());

        ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean searching = new AtomicBoolean(true);
        Thread searcher = new Thread(() -> {
            while (searching.get()) {
                try {
                    seen.add(count());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        });
        searcher.start();
        CurrentUser admin = accounts.create(Role.ADMIN);
        JsonNode started = json.readTree(mvc.perform(post("/api/search/candidates/reindex").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}").with(user(admin)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.execution").isNumber())
                .andReturn().getResponse().getContentAsString());
        // A withdrawal while the job runs reaches the new index too.
        records.setConsent(consenting.get(0), false);
        JobExecution done = awaitEnd(started.get("execution").asLong());
        projection.sync();
        searching.set(false);
        searcher.join();

        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(failures).isEmpty();
        assertThat(seen).isNotEmpty().allSatisfy(hits -> assertThat(hits).isGreaterThanOrEqualTo(findable - 1));
        Set<String> after = indexesBehindAlias();
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(after.iterator().next()).startsWith("candidates-v1-");
        for (String old : before) {
            assertThat(client.indices().exists(r -> r.index(old)).value()).as(old + " deleted").isFalse();
        }
        client.indices().refresh(r -> r.index(CandidateProjection.ALIAS));
        assertThat(client.exists(r -> r.index(CandidateProjection.ALIAS).id(consenting.get(0).toString())).value())
                .isFalse();
        for (UUID person : consenting.subList(1, consenting.size())) {
            assertThat(client.exists(r -> r.index(CandidateProjection.ALIAS).id(person.toString())).value()).isTrue();
        }
    }

    @Test
    void onlyAnAdministratorStartsAReindex() throws Exception {
        mvc.perform(post("/api/search/candidates/reindex").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{}").with(user(accounts.create(Role.DEPARTMENT))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReindexIsNeverStartedByAFormPostedFromAnotherSite() throws Exception {
        // A page elsewhere can post a form with the administrator's remembered Basic credentials, never JSON.
        mvc.perform(post("/api/search/candidates/reindex").contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .content("x=1").with(user(accounts.create(Role.ADMIN))))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/search/vacancies/reindex").with(user(accounts.create(Role.ADMIN))))
                .andExpect(status().isUnsupportedMediaType());
    }

    private long count() throws java.io.IOException {
        return client.count(r -> r.index(CandidateProjection.ALIAS)).count();
    }

    private Set<String> indexesBehindAlias() throws java.io.IOException {
        return client.indices().getAlias(r -> r.name(CandidateProjection.ALIAS)).result().keySet();
    }

    private JobExecution awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JobExecution execution = explorer.getJobExecution(id);
        while (execution.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            execution = explorer.getJobExecution(id);
        }
        return execution;
    }
}
